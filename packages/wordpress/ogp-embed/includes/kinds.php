<?php
/**
 * What the plugin embeds: one entry per element, shared by the blocks, the shortcodes and the
 * editor script, so a new element is one more entry here (and a block.json).
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

/**
 * The feed's id pattern (packages/sdk/src/schema/primitives.ts, `Id`): ids that do not match are
 * refused before anything reaches the page.
 */
const OGP_EMBED_ID_PATTERN = '/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/';

/** A BCP 47 language tag as the feed's schema accepts it (`LanguageTag`). */
const OGP_EMBED_LANG_PATTERN = '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/';

/**
 * The embeddable elements, by kind.
 *
 * - `tag`: the custom element; `id_attr`: its attribute naming the item in the feed;
 * - `id_required`: false where the element picks the feed's first item when none is named;
 * - `variant_attr` and `variants`: the element's layout choice (first = default), if any;
 * - `list`: where the feed holds the items (for the fallback link's title and address).
 *
 * @return array<string, array<string, mixed>>
 */
function ogp_embed_kinds() {
	return array(
		'commitment' => array(
			'tag'          => 'ogp-commitment',
			'id_attr'      => 'commitment',
			'id_required'  => true,
			'variant_attr' => 'variant',
			'variants'     => array( 'card', 'compact', 'full' ),
			'list'         => 'commitments',
			'shortcode'    => 'ogp_commitment',
		),
		'plan'       => array(
			'tag'          => 'ogp-plan',
			'id_attr'      => 'plan',
			'id_required'  => true,
			'variant_attr' => 'card-variant',
			'variants'     => array( 'card', 'compact' ),
			'list'         => 'plans',
			'shortcode'    => 'ogp_plan',
		),
		'agreements' => array(
			'tag'          => 'ogp-agreements',
			'id_attr'      => 'forum',
			'id_required'  => false,
			'variant_attr' => '',
			'variants'     => array(),
			'list'         => 'forums',
			'shortcode'    => 'ogp_agreements',
		),
		'timeline'   => array(
			'tag'          => 'ogp-timeline',
			'id_attr'      => 'commitment',
			'id_required'  => true,
			'variant_attr' => '',
			'variants'     => array(),
			'list'         => 'commitments',
			'shortcode'    => 'ogp_timeline',
		),
	);
}

/**
 * The fallback link's words for an item of a kind (what readers without scripts see).
 *
 * @param string $kind  A key of ogp_embed_kinds().
 * @param string $id    The item's id ('' when none was named).
 * @param string $title The item's title from the feed, or ''.
 * @return string Plain text, not escaped.
 */
function ogp_embed_fallback_words( $kind, $id, $title ) {
	switch ( $kind ) {
		case 'plan':
			/* translators: %s: an action plan's id, e.g. AP_CHL06. */
			$words = sprintf( __( 'Action plan %s', 'ogp-embed' ), $id );
			break;
		case 'agreements':
			/* translators: %s: a forum's id, e.g. mesa-gobierno-abierto. */
			$words = '' === $id ? __( 'Forum agreements', 'ogp-embed' ) : sprintf( __( 'Agreements of %s', 'ogp-embed' ), $id );
			break;
		case 'timeline':
			/* translators: %s: a commitment's id, e.g. CL0069. */
			$words = sprintf( __( 'Milestones of commitment %s', 'ogp-embed' ), $id );
			break;
		default:
			/* translators: %s: a commitment's id, e.g. CL0069. */
			$words = sprintf( __( 'Commitment %s', 'ogp-embed' ), $id );
	}
	return '' === $title ? $words : $words . ': ' . $title;
}
