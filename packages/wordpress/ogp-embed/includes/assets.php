<?php
/**
 * The embed script: registered on every request, enqueued only by a block or shortcode that
 * renders (so once per page, and only on pages that hold one). Served from the plugin's own
 * folder unless an administrator chose a CDN address.
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

/** The embed's entry file inside the plugin's `embed/` folder (copied from the elements' build). */
const OGP_EMBED_ENTRY = 'embed/ogp-embed.iife.js';

/**
 * Where the script comes from.
 *
 * @return string
 */
function ogp_embed_script_url() {
	$settings = ogp_embed_settings();
	if ( 'cdn' === $settings['script_source'] && '' !== $settings['cdn_url'] ) {
		return $settings['cdn_url'];
	}
	return plugins_url( OGP_EMBED_ENTRY, OGP_EMBED_FILE );
}

/**
 * Registers the script (in the footer, a classic script: optimisation plugins that drop
 * modules leave it alone).
 */
function ogp_embed_register_script() {
	wp_register_script( 'ogp-embed', ogp_embed_script_url(), array(), OGP_EMBED_VERSION, true );
}
add_action( 'init', 'ogp_embed_register_script' );

/**
 * Asks for the script on this page; WordPress prints a handle once, however often it is asked.
 */
function ogp_embed_enqueue_script() {
	if ( ! wp_script_is( 'ogp-embed', 'registered' ) ) {
		ogp_embed_register_script();
	}
	wp_enqueue_script( 'ogp-embed' );
}
