<?php
/**
 * Deleting the plugin deletes what it stored: its settings (including the script address that
 * versions before 0.2.0 kept), the last feed check, and the snapshots it cached; on a multisite
 * network, on every site.
 *
 * @package OgpEmbed
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Deletes the plugin's options and cached snapshots on the current site.
 */
function ogp_embed_uninstall_site() {
	global $wpdb;
	delete_option( 'ogp_embed_settings' );
	delete_option( 'ogp_embed_feed_state' );
	// Transients named ogp_embed_*: a snapshot per element, kept a few hours.
	$like = $wpdb->esc_like( '_transient_ogp_embed_' ) . '%';
	$gone = $wpdb->esc_like( '_transient_timeout_ogp_embed_' ) . '%';
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API lists transients by prefix; deleting, so no cache to keep.
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $like, $gone ) );
	wp_clear_scheduled_hook( 'ogp_embed_refresh_feed' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $ogp_embed_site_id ) {
		switch_to_blog( $ogp_embed_site_id );
		ogp_embed_uninstall_site();
		restore_current_blog();
	}
} else {
	ogp_embed_uninstall_site();
}
