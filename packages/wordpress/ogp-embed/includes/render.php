<?php
/**
 * One tag for a block or a shortcode: every value checked, every attribute escaped, the card's
 * published snapshot inside it when there is one (includes/snapshot.php), and the fallback link
 * written by the server. A refused value writes no tag at all (editors see why).
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

/**
 * The site's language as a BCP 47 tag: `es_CL` → `es-CL`, `de_DE_formal` → `de-DE`.
 *
 * @return string
 */
function ogp_embed_site_lang() {
	$parts = explode( '_', (string) get_locale() );
	$tag   = implode( '-', array_slice( $parts, 0, 2 ) );
	return preg_match( OGP_EMBED_LANG_PATTERN, $tag ) ? $tag : 'en';
}

/**
 * The markup of one element.
 *
 * @param string $kind  A key of ogp_embed_kinds().
 * @param array  $input `src`, `id`, `variant`, `live`, `lang`, `link`, as the block or shortcode gave them.
 * @return string HTML: the element with its fallback link, or '' (or a notice for editors) when refused.
 */
function ogp_embed_render( $kind, array $input ) {
	$kinds = ogp_embed_kinds();
	if ( ! isset( $kinds[ $kind ] ) ) {
		return '';
	}
	$spec   = $kinds[ $kind ];
	$values = ogp_embed_checked_values( $spec, $input );
	if ( is_string( $values ) ) {
		return ogp_embed_refusal( $values );
	}

	ogp_embed_enqueue_script();

	// The card as published, in the language it was published in (the element then speaks it too).
	$snapshot   = ogp_embed_snapshot( $kind, $spec, $values );
	$attributes = array(
		'src'            => esc_url( $values['src'], array( 'http', 'https' ) ),
		$spec['id_attr'] => $values['id'],
		'lang'           => $snapshot ? $snapshot['lang'] : $values['lang'],
	);
	if ( '' !== $spec['variant_attr'] ) {
		$attributes[ $spec['variant_attr'] ] = $values['variant'];
	}
	$html = '<' . $spec['tag'];
	foreach ( $attributes as $name => $value ) {
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	if ( $values['live'] ) {
		$html .= ' live';
	}
	if ( $snapshot ) {
		// Sanitised by ogp_embed_sanitize_snapshot() when it was fetched (includes/snapshot.php).
		$html .= ' snapshot>' . $snapshot['html'];
	} else {
		$html .= '>';
	}
	$html .= ogp_embed_fallback_link( $kind, $spec, $values ) . '</' . $spec['tag'] . '>';
	return $html;
}

/**
 * Checks a block's or shortcode's values.
 *
 * @param array $spec  The kind's entry in ogp_embed_kinds().
 * @param array $input The raw values.
 * @return array|string The clean values, or why they were refused.
 */
function ogp_embed_checked_values( array $spec, array $input ) {
	$text = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
	};

	$raw_src = $text( 'src' );
	$src     = ogp_embed_clean_url( '' === $raw_src ? ogp_embed_settings()['feed'] : $raw_src );
	if ( '' === $src ) {
		return '' === $raw_src
			? __( 'No feed address: give one (src="…" in a shortcode, or in the block\'s settings), or set a default one in Settings → Open Government Embed.', 'ogp-embed' )
			/* translators: %s: why the address was refused, e.g. "it starts with //: write https:// in front of it." */
			: sprintf( __( 'The feed address was refused: %s', 'ogp-embed' ), ogp_embed_url_problem( $raw_src ) );
	}

	$id = $text( 'id' );
	if ( '' === $id && $spec['id_required'] ) {
		return __( 'No id: give the id the feed uses, such as CL0069 or AP_CHL06.', 'ogp-embed' );
	}
	if ( '' !== $id && ! preg_match( OGP_EMBED_ID_PATTERN, $id ) ) {
		return __( 'The id was refused: ids are letters, digits and _ . : - (up to 64), such as CL0069.', 'ogp-embed' );
	}

	$variant = $text( 'variant' );
	if ( ! in_array( $variant, $spec['variants'], true ) ) {
		$variant = $spec['variants'] ? $spec['variants'][0] : '';
	}

	$lang = $text( 'lang' );
	if ( '' === $lang || ! preg_match( OGP_EMBED_LANG_PATTERN, $lang ) ) {
		$lang = ogp_embed_site_lang();
	}

	$live = isset( $input['live'] ) ? $input['live'] : false;
	if ( is_string( $live ) ) {
		$live = in_array( strtolower( $live ), array( '1', 'true', 'yes', 'live', 'on' ), true );
	}

	return array(
		'src'     => $src,
		'id'      => $id,
		'variant' => $variant,
		'lang'    => $lang,
		'live'    => (bool) $live,
		'link'    => ogp_embed_clean_url( $text( 'link' ) ),
	);
}

/**
 * What the tag holds for readers without scripts, and search engines: the item's words (with its
 * title from the last checked feed), linked to the `link` given, else to the item's page in that
 * feed; plain text when there is neither (a link to the feed's JSON helps no reader).
 *
 * @param string $kind   The kind.
 * @param array  $spec   The kind's entry.
 * @param array  $values The checked values.
 * @return string HTML.
 */
function ogp_embed_fallback_link( $kind, array $spec, array $values ) {
	$known = ogp_embed_known_item( $values['src'], $spec['list'], $values['id'], $values['lang'] );
	$words = esc_html( ogp_embed_fallback_words( $kind, $values['id'], $known ? $known['title'] : '' ) );
	$href  = '' !== $values['link'] ? $values['link'] : ( $known ? $known['url'] : '' );
	if ( '' === $href ) {
		return '<span>' . $words . '</span>';
	}
	return '<a href="' . esc_url( $href, array( 'http', 'https' ) ) . '">' . $words . '</a>';
}

/**
 * Why a tag was refused, for those who can fix it; nothing for readers. A `<span>`: a shortcode
 * sits inside a paragraph, where a `<p>` would split it in three.
 *
 * @param string $reason Plain text.
 * @return string HTML.
 */
function ogp_embed_refusal( $reason ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	/* translators: %s: why a block or shortcode shows nothing, e.g. "No id: give the id the feed uses". Shown only to those who can edit posts. */
	$text = sprintf( __( 'Open Government Embed (only editors see this): %s', 'ogp-embed' ), $reason );
	return '<span class="ogp-embed-refused" role="note">' . esc_html( $text ) . '</span>';
}
