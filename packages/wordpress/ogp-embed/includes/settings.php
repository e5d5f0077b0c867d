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
 * The settings, with defaults: no default feed. Only `feed` is read: keys an older version kept
 * (a script address, removed in 0.2.0) are ignored here and deleted by ogp_embed_forget_old_settings().
 *
 * @return array{feed: string}
 */
function ogp_embed_settings() {
	$saved = get_option( OGP_EMBED_OPTION, array() );
	$feed  = is_array( $saved ) && isset( $saved['feed'] ) && is_string( $saved['feed'] ) ? $saved['feed'] : '';
	return array( 'feed' => $feed );
}

/**
 * Deletes what versions before 0.2.0 stored beside the feed: `script_source` and `cdn_url`, a
 * script address any administrator could set, loaded for every reader and editor (a way around
 * `unfiltered_html`). The plugin now serves only its own copy.
 */
function ogp_embed_forget_old_settings() {
	$saved = get_option( OGP_EMBED_OPTION );
	if ( is_array( $saved ) && array( 'feed' ) !== array_keys( $saved ) ) {
		update_option( OGP_EMBED_OPTION, ogp_embed_settings() );
	}
}
add_action( 'plugins_loaded', 'ogp_embed_forget_old_settings' );

/**
 * Why an address given for a feed or a link cannot go on a page, or '' when it can: an absolute
 * http(s) URL, or a path on this site (`/feeds/feed.json`). `javascript:`, `data:`,
 * protocol-relative addresses, spaces, quotes and credentials are refused.
 *
 * @param mixed $url What an editor, a shortcode or the settings form gave.
 * @return string Plain text (not escaped), or ''.
 */
function ogp_embed_url_problem( $url ) {
	$url = is_string( $url ) ? trim( $url ) : '';
	if ( '' === $url ) {
		return __( 'it is empty.', 'ogp-embed' );
	}
	if ( preg_match( '/[\s"\'<>\\\\]/', $url ) ) {
		return __( 'it contains a space, a quote, < > or \\, which an address cannot hold.', 'ogp-embed' );
	}
	if ( 0 === strpos( $url, '//' ) ) {
		return __( 'it starts with //: write https:// in front of it.', 'ogp-embed' );
	}
	if ( '/' === $url[0] ) {
		return '';
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) ) {
		return __( 'it is neither a full address (https://…) nor a path on this site (/…).', 'ogp-embed' );
	}
	if ( ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		/* translators: %s: the scheme of the address given, such as javascript or ftp. */
		return sprintf( __( 'it starts with %s:, and only http:// and https:// addresses are allowed.', 'ogp-embed' ), $parts['scheme'] );
	}
	if ( empty( $parts['host'] ) ) {
		return __( 'it names no host after http:// or https://.', 'ogp-embed' );
	}
	if ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return __( 'it holds a user name or password, which would be shown to every reader.', 'ogp-embed' );
	}
	return '';
}

/**
 * A feed address the plugin will put on a page (see ogp_embed_url_problem()), or ''.
 *
 * @param mixed $url What an editor, a shortcode or the settings form gave.
 * @return string The address, or '' when refused.
 */
function ogp_embed_clean_url( $url ) {
	return is_string( $url ) && '' === ogp_embed_url_problem( $url ) ? trim( $url ) : '';
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
 * twice when the option is first added) and keeps what the check found. The check's messages
 * quote what a remote server sent: add_settings_error() prints its message as HTML, so each is
 * escaped here, where it is handed over.
 *
 * @param mixed $input The submitted values.
 * @return array The settings to store.
 */
function ogp_embed_sanitize_settings( $input ) {
	static $checked = array();
	$out            = ogp_embed_settings();
	$input          = is_array( $input ) ? $input : array();

	$feed = isset( $input['feed'] ) && is_scalar( $input['feed'] ) ? trim( (string) $input['feed'] ) : '';
	if ( '' === $feed ) {
		$out['feed'] = '';
		delete_option( OGP_EMBED_FEED_STATE );
		return $out;
	}
	$problem = ogp_embed_url_problem( $feed );
	if ( '' !== $problem ) {
		add_settings_error(
			OGP_EMBED_OPTION,
			'ogp-embed-feed',
			/* translators: %s: why the address was refused, e.g. "it starts with //: write https:// in front of it." */
			esc_html( sprintf( __( 'The default feed address was not saved: %s The previous one was kept.', 'ogp-embed' ), $problem ) )
		);
		return $out;
	}
	$out['feed'] = '/' === $feed[0] ? $feed : esc_url_raw( $feed, array( 'http', 'https' ) );
	if ( ! isset( $checked[ $out['feed'] ] ) ) {
		$state                   = ogp_embed_check_feed( $out['feed'] );
		$checked[ $out['feed'] ] = $state;
		update_option( OGP_EMBED_FEED_STATE, $state, false );
		add_settings_error( OGP_EMBED_OPTION, 'ogp-embed-feed', esc_html( implode( ' ', $state['messages'] ) ), $state['ok'] ? 'success' : 'error' );
	}
	return $out;
}
