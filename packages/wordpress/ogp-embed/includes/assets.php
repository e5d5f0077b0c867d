<?php
/**
 * The embed script: registered on every request, enqueued only by a block or shortcode that
 * renders (so once per page, and only on pages that hold one). Always served from the plugin's own
 * folder: no setting loads a script from elsewhere (that would let an administrator without
 * `unfiltered_html` put any script on every page, and WordPress.org's guideline 8 forbids it).
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

/** The embed's entry file inside the plugin's `embed/` folder (copied from the elements' build). */
const OGP_EMBED_ENTRY = 'embed/ogp-embed.iife.js';

/**
 * Registers the script (in the footer, a classic script: optimisation plugins that drop
 * modules leave it alone).
 */
function ogp_embed_register_script() {
	wp_register_script( 'ogp-embed', plugins_url( OGP_EMBED_ENTRY, OGP_EMBED_FILE ), array(), OGP_EMBED_VERSION, true );
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
