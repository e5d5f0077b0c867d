/**
 * The blocks' editor side, in plain JavaScript with WordPress's globals (no build step): a sidebar
 * with the feed address, the id, the variant, live and language, and the real element previewed
 * through ServerSideRender (the same markup the page gets; the embed script is loaded in the editor).
 * Blocks are dynamic: `save` returns null, so only the block comment and its attributes are stored.
 */
( function ( wp, config ) {
	'use strict';
	if ( ! wp || ! config ) {
		return;
	}
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var SelectControl = wp.components.SelectControl;
	var ToggleControl = wp.components.ToggleControl;
	var Notice = wp.components.Notice;
	var ServerSideRender = wp.serverSideRender;
	var idPattern = new RegExp( '^' + config.idPattern.replace( /^\^|\$$/g, '' ) + '$' );

	var ID_LABELS = {
		commitment: __( 'Commitment id (e.g. CL0069)', 'ogp-embed' ),
		plan: __( 'Action plan id (e.g. AP_CHL06)', 'ogp-embed' ),
		agreements: __( 'Forum id (empty: the feed\u2019s first forum)', 'ogp-embed' ),
		timeline: __( 'Commitment id (e.g. CL0069)', 'ogp-embed' ),
	};

	function sidebar( kind, spec, attributes, setAttributes ) {
		var set = function ( name ) {
			return function ( value ) {
				var change = {};
				change[ name ] = value;
				setAttributes( change );
			};
		};
		var idBad = attributes.id !== '' && ! idPattern.test( attributes.id );
		return el(
			InspectorControls,
			null,
			el(
				PanelBody,
				{ title: __( 'What to show', 'ogp-embed' ), initialOpen: true },
				el( TextControl, {
					label: __( 'Feed address', 'ogp-embed' ),
					type: 'url',
					value: attributes.src,
					onChange: set( 'src' ),
					help: config.defaultFeed
						? sprintf( __( 'Empty: the site\u2019s feed, %s', 'ogp-embed' ), config.defaultFeed )
						: __( 'No default feed is set (Settings \u2192 OGP embed): give the address here.', 'ogp-embed' ),
				} ),
				el( TextControl, {
					label: ID_LABELS[ kind ] || __( 'Id', 'ogp-embed' ),
					value: attributes.id,
					onChange: set( 'id' ),
				} ),
				idBad
					? el( Notice, { status: 'error', isDismissible: false }, __( 'Ids are letters, digits and _ . : - (up to 64).', 'ogp-embed' ) )
					: null,
				spec.variants.length
					? el( SelectControl, {
						label: __( 'Variant', 'ogp-embed' ),
						value: attributes.variant || spec.variants[ 0 ],
						options: spec.variants.map( function ( variant ) {
							return { label: variant, value: variant };
						} ),
						onChange: set( 'variant' ),
					} )
					: null,
				el( ToggleControl, {
					label: __( 'Live: keep it up to date while the page is open', 'ogp-embed' ),
					checked: !! attributes.live,
					onChange: set( 'live' ),
				} ),
				el( TextControl, {
					label: __( 'Language', 'ogp-embed' ),
					value: attributes.lang,
					onChange: set( 'lang' ),
					help: sprintf( __( 'Empty: the site\u2019s language (%s).', 'ogp-embed' ), config.siteLang ),
				} ),
				el( TextControl, {
					label: __( 'Link for readers without scripts', 'ogp-embed' ),
					type: 'url',
					value: attributes.link,
					onChange: set( 'link' ),
					help: __( 'Empty: the page the feed gives, or the feed itself.', 'ogp-embed' ),
				} )
			)
		);
	}

	Object.keys( config.kinds ).forEach( function ( kind ) {
		var spec = config.kinds[ kind ];
		wp.blocks.registerBlockType( 'ogp-embed/' + kind, {
			edit: function ( props ) {
				return el(
					'div',
					useBlockProps(),
					sidebar( kind, spec, props.attributes, props.setAttributes ),
					el( ServerSideRender, { block: props.name, attributes: props.attributes } )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.ogpEmbedEditor );
