<?php
/**
 * The card in the page: the snapshot `ogp-embed publish` writes beside each part
 * (`feed.parts/<kind>/<id>.<lang>.html`, docs/feed-format.md#snapshots) put inside the element's
 * tag, so readers see the card with scripts off, and at the page's time with them on.
 *
 * - Fetched by the server only from the default feed's origin, which an administrator chose and
 *   checked: what Editors type in a block never makes the server fetch another host.
 * - `wp_safe_remote_get`, a short timeout and a size cap; kept in a transient, served stale while
 *   a background event fetches it again, the last good one kept when the host fails.
 * - Sanitised with an allow-list (wp_kses) of the tags and attributes the renderer writes,
 *   declarative shadow roots included; its style sheets are linked only to the plugin's own copies.
 * - No snapshot (none published, another host, a variant it was not made for): today's fallback.
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

/** The most a snapshot may weigh (bytes): a plan's first page is ~30 KB. */
const OGP_EMBED_MAX_SNAPSHOT_BYTES = 262144;

/** After this, a snapshot is served once more and fetched again in the background (seconds). */
const OGP_EMBED_SNAPSHOT_FRESH = 3600;

/** How long a snapshot is kept at all (seconds): past this, a page waits for the fetch. */
const OGP_EMBED_SNAPSHOT_KEEP = 604800;

/** Which published snapshot an element of each kind shows: the folder under the parts folder. */
const OGP_EMBED_SNAPSHOT_KINDS = array(
	'commitment' => 'commitment',
	'plan'       => 'plan',
	'agreements' => 'forum',
);

/**
 * The snapshot to write inside an element's tag, if the feed published one.
 *
 * @param string $kind   A key of ogp_embed_kinds().
 * @param array  $spec   The kind's entry.
 * @param array  $values The checked values (ogp_embed_checked_values()).
 * @return array{html: string, lang: string}|null Sanitised HTML and the language it is in.
 */
function ogp_embed_snapshot( $kind, array $spec, array $values ) {
	$folders = OGP_EMBED_SNAPSHOT_KINDS;
	if ( ! isset( $folders[ $kind ] ) ) {
		return null;
	}
	// Published snapshots are of the element's default layout: another would change shape on takeover.
	if ( $spec['variants'] && '' !== $values['variant'] && $spec['variants'][0] !== $values['variant'] ) {
		return null;
	}
	$id = $values['id'];
	if ( '' === $id ) {
		// An element named by nothing shows the feed's first item; known only for the checked feed.
		$state = get_option( OGP_EMBED_FEED_STATE );
		if ( ! is_array( $state ) || ! isset( $state['url'], $state['index'][ $spec['list'] ] ) || $state['url'] !== $values['src'] ) {
			return null;
		}
		$id = (string) key( $state['index'][ $spec['list'] ] );
		if ( ! preg_match( OGP_EMBED_ID_PATTERN, $id ) ) {
			return null;
		}
	}
	$folder = ogp_embed_snapshot_folder( $values['src'] );
	if ( '' === $folder ) {
		return null;
	}
	$file = $folders[ $kind ] . '/' . str_replace( ':', '~3A', $id );
	foreach ( ogp_embed_snapshot_languages( $values['lang'] ) as $lang ) {
		$html = ogp_embed_cached_snapshot( $folder . $file . '.' . $lang . '.html' );
		if ( '' !== $html ) {
			return array(
				'html' => $html,
				'lang' => $lang,
			);
		}
	}
	return null;
}

/**
 * The languages to look for, best first: the tag's own (`pt-BR`), then its primary (`pt`).
 *
 * @param string $lang A BCP 47 tag, already checked.
 * @return string[]
 */
function ogp_embed_snapshot_languages( $lang ) {
	$primary = strtolower( strtok( $lang, '-' ) );
	return array_values( array_unique( array( $lang, $primary ) ) );
}

/**
 * The address of a feed's parts folder (`https://x/ogp/feed.json` → `https://x/ogp/feed.parts/`),
 * when the feed is on the default feed's origin; '' otherwise.
 *
 * @param string $src The element's feed address (checked: absolute http(s), or a site path).
 * @return string
 */
function ogp_embed_snapshot_folder( $src ) {
	$default = ogp_embed_settings()['feed'];
	if ( '' === $default ) {
		return '';
	}
	$absolute = function ( $url ) {
		return '/' === $url[0] ? ogp_embed_site_origin() . $url : $url;
	};
	$feed    = wp_parse_url( $absolute( $src ) );
	$allowed = wp_parse_url( $absolute( $default ) );
	if ( ! is_array( $feed ) || ! is_array( $allowed ) || empty( $feed['host'] ) || empty( $feed['path'] ) ) {
		return '';
	}
	$origin = function ( $parts ) {
		$scheme = strtolower( isset( $parts['scheme'] ) ? $parts['scheme'] : '' );
		$port   = isset( $parts['port'] ) ? (int) $parts['port'] : ( 'https' === $scheme ? 443 : 80 );
		return $scheme . '://' . strtolower( isset( $parts['host'] ) ? $parts['host'] : '' ) . ':' . $port;
	};
	if ( $origin( $feed ) !== $origin( $allowed ) ) {
		return '';
	}
	$slash = strrpos( $feed['path'], '/' );
	$name  = preg_replace( '/\.json$/i', '', substr( $feed['path'], $slash + 1 ) );
	$base  = $feed['scheme'] . '://' . $feed['host'] . ( isset( $feed['port'] ) ? ':' . $feed['port'] : '' );
	return $base . substr( $feed['path'], 0, $slash + 1 ) . ( '' === $name ? 'feed' : $name ) . '.parts/';
}

/**
 * A snapshot from the cache: fetched now when never seen, served as kept (and fetched again in
 * the background) when older than OGP_EMBED_SNAPSHOT_FRESH.
 *
 * @param string $url The snapshot's address.
 * @return string Sanitised HTML, or '' when there is none.
 */
function ogp_embed_cached_snapshot( $url ) {
	$kept = get_transient( ogp_embed_snapshot_key( $url ) );
	if ( ! is_array( $kept ) || ! isset( $kept['html'], $kept['at'] ) ) {
		$kept = ogp_embed_refresh_snapshot( $url );
	} elseif ( time() - (int) $kept['at'] > OGP_EMBED_SNAPSHOT_FRESH && ! wp_next_scheduled( 'ogp_embed_refresh_snapshot', array( $url ) ) ) {
		wp_schedule_single_event( time(), 'ogp_embed_refresh_snapshot', array( $url ) );
	}
	return (string) $kept['html'];
}

/**
 * The transient's name for a snapshot: `ogp_embed_` (uninstall.php deletes them all by it).
 *
 * @param string $url The snapshot's address.
 * @return string
 */
function ogp_embed_snapshot_key( $url ) {
	return 'ogp_embed_snap_' . md5( $url );
}

/**
 * Fetches a snapshot and keeps it. A snapshot the host no longer has (404) is forgotten; any other
 * failure keeps the last good one.
 *
 * @param string $url The snapshot's address (on the default feed's origin).
 * @return array{html: string, at: int}
 */
function ogp_embed_refresh_snapshot( $url ) {
	$key      = ogp_embed_snapshot_key( $url );
	$old      = get_transient( $key );
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => 3,
			'redirection'         => 0,
			'limit_response_size' => OGP_EMBED_MAX_SNAPSHOT_BYTES,
			'headers'             => array( 'Accept' => 'text/html' ),
		)
	);
	$code = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );
	$body = 200 === $code ? (string) wp_remote_retrieve_body( $response ) : '';
	if ( 200 === $code && strlen( $body ) < OGP_EMBED_MAX_SNAPSHOT_BYTES ) {
		$html = ogp_embed_sanitize_snapshot( $body );
	} elseif ( 404 !== $code && 410 !== $code && is_array( $old ) && isset( $old['html'] ) ) {
		$html = (string) $old['html'];
	} else {
		$html = '';
	}
	$kept = array(
		'html' => $html,
		'at'   => time(),
	);
	set_transient( $key, $kept, OGP_EMBED_SNAPSHOT_KEEP );
	return $kept;
}
add_action( 'ogp_embed_refresh_snapshot', 'ogp_embed_refresh_snapshot' );

/**
 * What a snapshot may hold: the tags and attributes `@ogp-embed/elements/ssr` writes, nothing
 * else (no script, no inline style, no event handler, no form that submits anywhere).
 *
 * @return array wp_kses()'s allowed HTML.
 */
function ogp_embed_snapshot_allowed_html() {
	$common = array(
		'part'        => true,
		'class'       => true,
		'id'          => true,
		'lang'        => true,
		'role'        => true,
		'hidden'      => true,
		'tabindex'    => true,
		'data-*'      => true,
		'aria-hidden' => true,
		'aria-label'  => true,
	);
	$aria   = array_fill_keys(
		array( 'aria-labelledby', 'aria-describedby', 'aria-level', 'aria-controls', 'aria-expanded', 'aria-current', 'aria-valuemin', 'aria-valuemax', 'aria-valuenow', 'aria-valuetext', 'aria-live' ),
		true
	);
	$svg    = array_fill_keys( array( 'class', 'part', 'aria-hidden', 'data-*', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'viewbox', 'preserveaspectratio', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'd' ), true );
	$html   = array(
		'template' => array(
			'shadowrootmode' => true,
			'shadowroot'     => true,
		),
		'link'     => array(
			'rel'  => true,
			'href' => true,
		),
		'a'        => $common + array(
			'href'     => true,
			'rel'      => true,
			'hreflang' => true,
		),
		'time'     => $common + array( 'datetime' => true ),
		'td'       => $common + array( 'colspan' => true ),
		'th'       => $common + array(
			'scope'   => true,
			'colspan' => true,
		),
		'button'   => $common + $aria + array( 'type' => true ),
		'input'    => $common + array(
			'type'    => true,
			'name'    => true,
			'value'   => true,
			'checked' => true,
		),
		'select'   => $common + array( 'name' => true ),
		'option'   => $common + array(
			'value'    => true,
			'selected' => true,
		),
		'label'    => $common + array( 'for' => true ),
		'form'     => $common + $aria,
		'svg'      => $svg,
		'rect'     => $svg,
		'circle'   => $svg,
		'path'     => $svg,
	);
	foreach ( array( 'article', 'section', 'div', 'span', 'p', 'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'strong', 'em', 'table', 'caption', 'thead', 'tbody', 'tr' ) as $tag ) {
		$html[ $tag ] = $common + $aria;
	}
	// The elements inside a card (a badge, a bar, a plan's cards), each with its own shadow root.
	$elements = array_fill_keys( array( 'snapshot', 'defer-hydration', 'status', 'kind', 'variant', 'heading-level', 'label', 'commitment', 'plan', 'forum' ), true );
	foreach ( array( 'ogp-commitment', 'ogp-status-badge', 'ogp-progress-bar' ) as $tag ) {
		$html[ $tag ] = $common + $elements;
	}
	return $html;
}

/**
 * A snapshot as it may go into a page: the allow-list above, its elements closed where they were
 * opened (or none of it: a stray end tag would close the page's own), then each style sheet link kept only
 * when it names one of the element style sheets shipped in the plugin's `embed/` folder, and
 * pointed there; `[` written as a character reference so no text of the feed runs a shortcode.
 *
 * @param string $html What the feed's host sent.
 * @return string
 */
function ogp_embed_sanitize_snapshot( $html ) {
	if ( ! preg_match( '/^\s*<template shadowroot(?:mode)?="open"/', $html ) ) {
		return '';
	}
	// What a script or style element holds is no text for readers: gone with it.
	$html = preg_replace( '~<(script|style)\b[^>]*>.*?</\1\s*>~is', '', $html );
	$html = wp_kses( $html, ogp_embed_snapshot_allowed_html(), array( 'http', 'https', 'mailto' ) );
	if ( ! ogp_embed_balanced( $html ) ) {
		return '';
	}
	$html = preg_replace_callback(
		'/<link\b[^>]*>/i',
		function ( $link ) {
			if ( ! preg_match( '~^<link rel="stylesheet" href="(ogp-[a-z-]+\.css)"\s*/?>$~', $link[0], $sheet ) || ! is_file( OGP_EMBED_DIR . '/embed/' . $sheet[1] ) ) {
				return '';
			}
			return '<link rel="stylesheet" href="' . esc_url( add_query_arg( 'ver', OGP_EMBED_VERSION, plugins_url( 'embed/' . $sheet[1], OGP_EMBED_FILE ) ) ) . '">';
		},
		$html
	);
	return str_replace( '[', '&#91;', $html );
}

/**
 * Whether every element of a snapshot is closed, in order, inside it: what the renderer writes.
 * A snapshot that closes more than it opens would close the page's elements around the card.
 *
 * @param string $html Sanitised HTML (no comments, no text holding `<`).
 * @return bool
 */
function ogp_embed_balanced( $html ) {
	$void = array( 'link', 'input', 'br', 'img', 'hr', 'wbr', 'col', 'source', 'area', 'meta' );
	$open = array();
	preg_match_all( '~<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>~', $html, $tags, PREG_SET_ORDER );
	foreach ( $tags as $tag ) {
		$name = strtolower( $tag[2] );
		if ( '/' === $tag[3] || in_array( $name, $void, true ) ) {
			continue;
		}
		if ( '' === $tag[1] ) {
			$open[] = $name;
		} elseif ( array_pop( $open ) !== $name ) {
			return false;
		}
	}
	return array() === $open;
}
