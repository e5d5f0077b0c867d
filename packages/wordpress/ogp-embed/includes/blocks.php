<?php
/**
 * Dynamic blocks: what an editor saves is a block comment with attributes (never markup that
 * KSES could strip); the server renders the element on every view.
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script, then one block per kind from its block.json.
 */
function ogp_embed_register_blocks() {
	wp_register_script(
		'ogp-embed-editor',
		plugins_url( 'assets/editor.js', OGP_EMBED_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
		OGP_EMBED_VERSION,
		true
	);
	wp_add_inline_script( 'ogp-embed-editor', 'window.ogpEmbedEditor = ' . wp_json_encode( ogp_embed_editor_config() ) . ';', 'before' );
	wp_set_script_translations( 'ogp-embed-editor', 'ogp-embed' );

	foreach ( array_keys( ogp_embed_kinds() ) as $kind ) {
		register_block_type(
			OGP_EMBED_DIR . '/blocks/' . $kind,
			array(
				'render_callback' => function ( $attributes ) use ( $kind ) {
					$html = ogp_embed_render( $kind, is_array( $attributes ) ? $attributes : array() );
					return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
				},
			)
		);
	}
}
add_action( 'init', 'ogp_embed_register_blocks', 20 );

/**
 * The elements in the editor: WordPress prints what is enqueued on `enqueue_block_assets` inside
 * the editor's canvas, an iframe from 6.3 on (and in the editor's page before), so the embed
 * script defines the elements where ServerSideRender puts them. Only in the admin: on the front
 * end a block or shortcode that renders asks for the script itself.
 */
function ogp_embed_enqueue_block_assets() {
	if ( is_admin() ) {
		ogp_embed_enqueue_script();
	}
}
add_action( 'enqueue_block_assets', 'ogp_embed_enqueue_block_assets' );

/**
 * What the editor script needs to know: each kind's id attribute and variants, the site's
 * default feed and language, the id pattern.
 *
 * @return array
 */
function ogp_embed_editor_config() {
	$kinds = array();
	foreach ( ogp_embed_kinds() as $kind => $spec ) {
		$kinds[ $kind ] = array(
			'idAttr'     => $spec['id_attr'],
			'idRequired' => $spec['id_required'],
			'variants'   => $spec['variants'],
		);
	}
	return array(
		'kinds'       => $kinds,
		'defaultFeed' => ogp_embed_settings()['feed'],
		'siteLang'    => ogp_embed_site_lang(),
		'idPattern'   => trim( OGP_EMBED_ID_PATTERN, '/' ),
	);
}
