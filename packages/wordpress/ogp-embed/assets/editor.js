/**
 * The blocks' editor side, in plain JavaScript with WordPress's globals (no build step): a sidebar
 * with the feed address, the id, the variant, live and language, and the real element previewed
 * through ServerSideRender (the same markup the page gets). The embed script that defines the
 * elements is enqueued on `enqueue_block_assets`, so it runs inside the editor's canvas, which is
 * an iframe from WordPress 6.3 on (blocks at apiVersion 3).
 * A block without an id asks for it in the canvas, offering the ids of the feed, which the browser
 * fetches as readers' browsers do (the server never fetches what an editor types).
 * Blocks are dynamic: `save` returns null, so only the block comment and its attributes are stored.
 */
( function ( wp, config ) {
	'use strict';
	if ( ! wp || ! config ) {
		return;
	}
	var el = wp.element.createElement;
	var useState = wp.element.useState;
	var useEffect = wp.element.useEffect;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var Placeholder = wp.components.Placeholder;
	var TextControl = wp.components.TextControl;
	var SelectControl = wp.components.SelectControl;
	var ToggleControl = wp.components.ToggleControl;
	var Notice = wp.components.Notice;
	var Spinner = wp.components.Spinner;
	var ServerSideRender = wp.serverSideRender;
	var idPattern = new RegExp( '^' + config.idPattern.replace( /^\^|\$$/g, '' ) + '$' );

	var ID_LABELS = {
		commitment: __( 'Commitment id (e.g. CL0069)', 'ogp-embed' ),
		plan: __( 'Action plan id (e.g. AP_CHL06)', 'ogp-embed' ),
		agreements: __( 'Forum id (empty: the feed\u2019s first forum)', 'ogp-embed' ),
		timeline: __( 'Commitment id (e.g. CL0069)', 'ogp-embed' ),
	};
	var PICK_LABELS = {
		commitment: __( 'Which commitment?', 'ogp-embed' ),
		plan: __( 'Which action plan?', 'ogp-embed' ),
		agreements: __( 'Which forum?', 'ogp-embed' ),
		timeline: __( 'Which commitment\u2019s milestones?', 'ogp-embed' ),
	};
	var VARIANT_LABELS = {
		/* translators: a layout of the element: a card with the essentials. */
		card: __( 'Card', 'ogp-embed' ),
		/* translators: a layout of the element: one short row. */
		compact: __( 'Compact', 'ogp-embed' ),
		/* translators: a layout of the element: everything the feed says. */
		full: __( 'Full', 'ogp-embed' ),
	};

	/** A feed text in the site's language (a string, or a map of language tags to strings). */
	function pickText( text ) {
		if ( typeof text === 'string' ) {
			return text;
		}
		if ( ! text || typeof text !== 'object' ) {
			return '';
		}
		var primary = config.siteLang.split( '-' )[ 0 ];
		var found = text[ config.siteLang ] || text[ primary ] || text.en;
		if ( typeof found === 'string' ) {
			return found;
		}
		var first = Object.keys( text )[ 0 ];
		return first && typeof text[ first ] === 'string' ? text[ first ] : '';
	}

	/** The feed's items of a kind, as `{ id, title }`, from the decoded feed. */
	function itemsOf( kind, feed ) {
		var items = [];
		var plans = Array.isArray( feed.plans ) ? feed.plans : [];
		var add = function ( item, titleKey ) {
			if ( item && typeof item.id === 'string' && idPattern.test( item.id ) ) {
				items.push( { id: item.id, title: pickText( item[ titleKey ] ) } );
			}
		};
		if ( kind === 'plan' ) {
			plans.forEach( function ( plan ) {
				add( plan, 'title' );
			} );
		} else if ( kind === 'agreements' ) {
			( Array.isArray( feed.forums ) ? feed.forums : [] ).forEach( function ( forum ) {
				add( forum, 'name' );
			} );
		} else {
			plans.forEach( function ( plan ) {
				( Array.isArray( plan.commitments ) ? plan.commitments : [] ).forEach( function ( commitment ) {
					add( commitment, 'title' );
				} );
			} );
		}
		return items;
	}

	/** One fetch per feed address while the editor is open. */
	var feeds = {};
	function loadFeed( src ) {
		if ( ! feeds[ src ] ) {
			feeds[ src ] = window
				.fetch( new URL( src, window.location.href ).href, { headers: { Accept: 'application/json' } } )
				.then( function ( response ) {
					if ( ! response.ok ) {
						/* translators: %d: an HTTP status code such as 404. */
						throw new Error( sprintf( __( 'its server answered with HTTP status %d', 'ogp-embed' ), response.status ) );
					}
					return response.json();
				} );
			feeds[ src ].catch( function () {
				delete feeds[ src ];
			} );
		}
		return feeds[ src ];
	}

	/** The feed's items of a kind: `{ items }`, `{ error }`, or `{}` while loading. */
	function useFeedItems( kind, src ) {
		var state = useState( {} );
		var setState = state[ 1 ];
		useEffect(
			function () {
				var current = true;
				setState( {} );
				if ( ! src ) {
					return undefined;
				}
				loadFeed( src ).then(
					function ( feed ) {
						if ( current ) {
							setState( { items: itemsOf( kind, feed || {} ) } );
						}
					},
					function ( error ) {
						if ( current ) {
							setState( { error: error && error.message ? error.message : String( error ) } );
						}
					}
				);
				return function () {
					current = false;
				};
			},
			[ kind, src ]
		);
		return state[ 0 ];
	}

	/** What the canvas shows until the block has what it needs: a feed address, then an id. */
	function Picker( props ) {
		var kind = props.kind;
		var src = props.attributes.src || config.defaultFeed;
		var found = useFeedItems( kind, src );
		var children = [];
		if ( ! src ) {
			children.push(
				el( TextControl, {
					key: 'src',
					label: __( 'Feed address', 'ogp-embed' ),
					help: __( 'No default feed is set (Settings \u2192 Open Government Embed): give the address of the feed here.', 'ogp-embed' ),
					value: props.attributes.src,
					onChange: function ( value ) {
						props.setAttributes( { src: value } );
					},
				} )
			);
		} else if ( found.items && found.items.length ) {
			children.push(
				el( SelectControl, {
					key: 'pick',
					className: 'ogp-embed-pick',
					label: PICK_LABELS[ kind ],
					value: '',
					options: [ { label: __( 'Choose\u2026', 'ogp-embed' ), value: '' } ].concat(
						found.items.map( function ( item ) {
							/* translators: 1: an item's id, such as CL0069; 2: its title. */
							return { value: item.id, label: item.title ? sprintf( __( '%1$s: %2$s', 'ogp-embed' ), item.id, item.title ) : item.id };
						} )
					),
					onChange: function ( value ) {
						if ( value ) {
							props.setAttributes( { id: value } );
						}
					},
				} )
			);
		} else {
			if ( found.error || found.items ) {
				children.push(
					el(
						Notice,
						{ key: 'why', status: 'warning', isDismissible: false },
						found.error
							? /* translators: %s: why the feed could not be read, e.g. "its server answered with HTTP status 404". */
							  sprintf( __( 'The feed\u2019s ids could not be read (%s): type the id.', 'ogp-embed' ), found.error )
							: __( 'The feed lists none: type the id.', 'ogp-embed' )
					)
				);
			} else {
				children.push( el( Spinner, { key: 'wait' } ) );
			}
			children.push(
				el( TextControl, {
					key: 'id',
					label: ID_LABELS[ kind ],
					value: props.attributes.id,
					onChange: function ( value ) {
						props.setAttributes( { id: value } );
					},
				} )
			);
		}
		return el( Placeholder, { icon: 'yes-alt', label: props.title, className: 'ogp-embed-placeholder' }, children );
	}

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
					value: attributes.src,
					onChange: set( 'src' ),
					help: config.defaultFeed
						? /* translators: %s: the site's default feed address. */
						  sprintf( __( 'Empty: the site\u2019s feed, %s', 'ogp-embed' ), config.defaultFeed )
						: __( 'No default feed is set (Settings \u2192 Open Government Embed): give the address here.', 'ogp-embed' ),
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
							return { label: VARIANT_LABELS[ variant ] || variant, value: variant };
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
					/* translators: %s: the site's language tag, such as es-CL. */
					help: sprintf( __( 'Empty: the site\u2019s language (%s).', 'ogp-embed' ), config.siteLang ),
				} ),
				el( TextControl, {
					label: __( 'Link for readers without scripts', 'ogp-embed' ),
					value: attributes.link,
					onChange: set( 'link' ),
					help: __( 'Empty: the page the feed gives for it, or its title as plain text.', 'ogp-embed' ),
				} )
			)
		);
	}

	Object.keys( config.kinds ).forEach( function ( kind ) {
		var spec = config.kinds[ kind ];
		wp.blocks.registerBlockType( 'ogp-embed/' + kind, {
			edit: function ( props ) {
				var attributes = props.attributes;
				var needsPick = ! ( attributes.src || config.defaultFeed ) || ( spec.idRequired && ! attributes.id );
				var type = wp.blocks.getBlockType( props.name );
				return el(
					'div',
					useBlockProps(),
					sidebar( kind, spec, attributes, props.setAttributes ),
					needsPick
						? el( Picker, { kind: kind, attributes: attributes, setAttributes: props.setAttributes, title: type ? type.title : props.name } )
						: el( ServerSideRender, { block: props.name, attributes: attributes } )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.ogpEmbedEditor );
