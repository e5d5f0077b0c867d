<?php
/**
 * The plugin's settings (one option) and what the last feed check found (another, not autoloaded).
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

const OGP_EMBED_OPTION     = 'ogp_embed_settings';
const OGP_EMBED_FEED_STATE = 'ogp_embed_feed_state';

/**
 * The settings, with defaults: no default feed, the script served by the plugin itself.
 *
 * @return array{feed: string, script_source: string, cdn_url: string}
 */
function ogp_embed_settings() {
	$saved = get_option( OGP_EMBED_OPTION, array() );
	return array_merge(
		array(
			'feed'          => '',
			'script_source' => 'plugin',
			'cdn_url'       => '',
		),
		is_array( $saved ) ? $saved : array()
	);
}

/**
 * A feed address the plugin will put on a page: an absolute http(s) URL, or a path on this site.
 * Anything else (`javascript:`, `data:`, protocol-relative, spaces, quotes) gives ''.
 *
 * @param mixed $url What an editor, a shortcode or the settings form gave.
 * @return string The address, or '' when refused.
 */
function ogp_embed_clean_url( $url ) {
	if ( ! is_string( $url ) ) {
		return '';
	}
	$url = trim( $url );
	if ( '' === $url || preg_match( '/[\s"\'<>\\\\]/', $url ) ) {
		return '';
	}
	if ( '/' === $url[0] ) {
		return ( strlen( $url ) > 1 && '/' === $url[1] ) ? '' : $url;
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return '';
	}
	if ( ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return '';
	}
	if ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return '';
	}
	return $url;
}

/**
 * Registers the option with the Settings API: options.php then checks the nonce and
 * `manage_options` before this plugin's sanitizer runs.
 */
function ogp_embed_register_setting() {
	register_setting(
		'ogp_embed',
		OGP_EMBED_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'ogp_embed_sanitize_settings',
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'ogp_embed_register_setting' );

/**
 * Checks what the form sent; checks the feed (once per request: WordPress may call a sanitizer
 * twice when the option is first added) and keeps what the check found.
 *
 * @param mixed $input The submitted values.
 * @return array The settings to store.
 */
function ogp_embed_sanitize_settings( $input ) {
	static $checked = array();
	$old            = ogp_embed_settings();
	$input          = is_array( $input ) ? $input : array();
	$out            = $old;

	$feed = isset( $input['feed'] ) ? trim( (string) $input['feed'] ) : '';
	if ( '' === $feed ) {
		$out['feed'] = '';
		delete_option( OGP_EMBED_FEED_STATE );
	} elseif ( 0 !== strpos( $feed, '/' ) && '' !== ogp_embed_clean_url( $feed ) ) {
		$out['feed'] = esc_url_raw( $feed, array( 'http', 'https' ) );
		if ( ! isset( $checked[ $out['feed'] ] ) ) {
			$checked[ $out['feed'] ] = ogp_embed_check_feed( $out['feed'] );
			update_option( OGP_EMBED_FEED_STATE, $checked[ $out['feed'] ], false );
			$state = $checked[ $out['feed'] ];
			add_settings_error( OGP_EMBED_OPTION, 'ogp-embed-feed', implode( ' ', $state['messages'] ), $state['ok'] ? 'success' : 'error' );
		}
	} else {
		add_settings_error( OGP_EMBED_OPTION, 'ogp-embed-feed', __( 'The default feed address must be a full http:// or https:// address; the previous one was kept.', 'ogp-embed' ) );
	}

	$source = isset( $input['script_source'] ) ? (string) $input['script_source'] : 'plugin';
	$cdn    = isset( $input['cdn_url'] ) ? trim( (string) $input['cdn_url'] ) : '';
	if ( 'cdn' === $source ) {
		$clean = ogp_embed_clean_url( $cdn );
		if ( '' !== $clean && 0 === strpos( $clean, 'https://' ) ) {
			$out['script_source'] = 'cdn';
			$out['cdn_url']       = esc_url_raw( $clean, array( 'https' ) );
		} else {
			$out['script_source'] = 'plugin';
			add_settings_error( OGP_EMBED_OPTION, 'ogp-embed-cdn', __( 'A CDN address must be a full https:// address of the script; the plugin serves its own copy instead.', 'ogp-embed' ) );
		}
	} else {
		$out['script_source'] = 'plugin';
		$out['cdn_url']       = '' === $cdn ? '' : esc_url_raw( $cdn, array( 'https' ) );
	}
	return $out;
}
