<?php
/**
 * Shortcodes for the classic editor and page builders: `[ogp_commitment id="CL0069"]`,
 * `[ogp_plan id="AP_CHL06"]`, `[ogp_agreements]`, `[ogp_timeline id="CL0069"]`; each also takes
 * `src`, `variant`, `live`, `lang` and `link`, like the blocks.
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers one shortcode per kind.
 */
function ogp_embed_register_shortcodes() {
	foreach ( ogp_embed_kinds() as $kind => $spec ) {
		add_shortcode(
			$spec['shortcode'],
			function ( $atts ) use ( $kind, $spec ) {
				$atts = is_array( $atts ) ? $atts : array();
				// A bare `live` (`[ogp_commitment id="CL0069" live]`) arrives as a value without a name.
				if ( in_array( 'live', array_filter( $atts, 'is_int', ARRAY_FILTER_USE_KEY ), true ) ) {
					$atts['live'] = 'true';
				}
				$atts = shortcode_atts(
					array(
						'id'             => '',
						$spec['id_attr'] => '',
						'src'            => '',
						'variant'        => '',
						'live'           => '',
						'lang'           => '',
						'link'           => '',
					),
					$atts,
					$spec['shortcode']
				);
				// The element's own attribute name (`commitment="CL0069"`) works as well as `id`.
				if ( '' === $atts['id'] ) {
					$atts['id'] = $atts[ $spec['id_attr'] ];
				}
				return ogp_embed_render( $kind, $atts );
			}
		);
	}
}
add_action( 'init', 'ogp_embed_register_shortcodes' );
