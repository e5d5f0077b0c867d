<?php
/**
 * Plugin Name:       Open Government Embed
 * Plugin URI:        https://github.com/ogp-embed/ogp-embed
 * Description:       The live status of Open Government Partnership commitments, action plans and forum agreements in any post or page: blocks and shortcodes, no script to paste.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            ogp-embed
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ogp-embed
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

define( 'OGP_EMBED_VERSION', '0.2.0' );
define( 'OGP_EMBED_FILE', __FILE__ );
define( 'OGP_EMBED_DIR', __DIR__ );

require_once __DIR__ . '/includes/kinds.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/feed-check.php';
require_once __DIR__ . '/includes/snapshot.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/settings-page.php';

/**
 * Deactivation stops the daily feed refresh; the settings stay until the plugin is deleted
 * (uninstall.php).
 */
function ogp_embed_deactivate() {
	wp_clear_scheduled_hook( 'ogp_embed_refresh_feed' );
}
register_deactivation_hook( __FILE__, 'ogp_embed_deactivate' );
