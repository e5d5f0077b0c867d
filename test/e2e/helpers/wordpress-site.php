<?php
/**
 * Sets up a WordPress for test/e2e/wordpress.test.ts, from PHP (no wp-cli in Debian, no HTTP):
 *   php wordpress-site.php install ABSPATH single|multi HOST:PORT THEME
 *   php wordpress-site.php configure ABSPATH single|multi ZIP
 *   php wordpress-site.php options ABSPATH single|multi
 *   php wordpress-site.php refresh ABSPATH single|multi
 *   php wordpress-site.php uninstall ABSPATH single|multi
 * `install` creates the tables (and the network tables for `multi`); the caller then adds the
 * multisite constants to wp-config.php. `configure` stores the settings a 0.1.0 install left (a
 * script address), installs the plugin's zip with WordPress's own upgrader, activates it, makes the
 * users who must not have unfiltered_html, gives each an application password (the REST API's own
 * authentication), and prints what it made as JSON; on a network it also makes a second site with
 * the plugin's options. `options` prints the plugin's options on every site; `refresh` runs the daily feed refresh
 * over a stale stored check; `uninstall`
 * deactivates and deletes the plugin as the Plugins screen does.
 */

list( , $phase, $abspath, $mode ) = $argv;
$arg = isset( $argv[4] ) ? $argv[4] : '';
$_SERVER['HTTP_HOST']   = parse_url( 'http://' . ( 'install' === $phase ? $arg : 'x' ) )['host'];
$_SERVER['REQUEST_URI'] = '/';

if ( 'install' === $phase ) {
	define( 'WP_INSTALLING', true );
	require $abspath . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	add_filter( 'pre_wp_mail', '__return_true' );
	$result = wp_install( 'OGP embed test', 'admin', 'admin@example.com', true, '', 'admin-password' );
	wp_upgrade();
	switch_theme( $argv[5] );
	if ( 'multi' === $mode ) {
		foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
			$wpdb->$table = $prefixed;
		}
		install_network();
		$error = populate_network( 1, $arg, 'admin@example.com', 'OGP embed network', '/', false );
		if ( is_wp_error( $error ) ) {
			fwrite( STDERR, 'populate_network: ' . $error->get_error_message() . "\n" );
			exit( 1 );
		}
	}
	echo json_encode( array( 'admin' => $result['user_id'] ) ), "\n";
	exit( 0 );
}

$home                   = parse_url( file_get_contents( $abspath . '/.home' ) );
$_SERVER['HTTP_HOST']   = $home['host'] . ':' . $home['port'];
$_SERVER['SERVER_PORT'] = $home['port'];
require $abspath . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/misc.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
add_filter( 'pre_wp_mail', '__return_true' );

function fail( $what ) {
	fwrite( STDERR, $what . "\n" );
	exit( 1 );
}

/** The plugin's options on every site (one on a single site): what an upgrade or uninstall left. */
function plugin_options() {
	global $wpdb;
	$found = array();
	foreach ( is_multisite() ? get_sites( array( 'fields' => 'ids' ) ) : array( 1 ) as $blog ) {
		if ( is_multisite() ) {
			switch_to_blog( $blog );
		}
		$names = $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%ogp\\_embed%'" );
		foreach ( $names as $name ) {
			$found[ $blog ][ $name ] = get_option( $name );
		}
		if ( is_multisite() ) {
			restore_current_blog();
		}
	}
	return (object) $found;
}

wp_set_current_user( 1 );
if ( 'options' === $phase ) {
	echo json_encode( plugin_options() ), "\n";
	exit( 0 );
}
if ( 'refresh' === $phase ) {
	// A day later, as WP-Cron would run it: the stored check made stale, then the refresh.
	$state               = get_option( 'ogp_embed_feed_state' );
	$state['checked_at'] = 0;
	$state['index']['commitments']['CL0074']['title'] = 'stale';
	update_option( 'ogp_embed_feed_state', $state, false );
	$scheduled = wp_next_scheduled( 'ogp_embed_refresh_feed' );
	do_action( 'ogp_embed_refresh_feed' );
	$after = get_option( 'ogp_embed_feed_state' );
	echo json_encode(
		array(
			'scheduled' => false !== $scheduled,
			'checkedAt' => $after['checked_at'],
			'ok'        => $after['ok'],
			'title'     => $after['index']['commitments']['CL0074']['title'],
		)
	), "\n";
	exit( 0 );
}
if ( 'uninstall' === $phase ) {
	deactivate_plugins( 'ogp-embed/ogp-embed.php' );
	$deleted = delete_plugins( array( 'ogp-embed/ogp-embed.php' ) );
	if ( true !== $deleted ) {
		fail( 'deleting the plugin failed: ' . ( is_wp_error( $deleted ) ? $deleted->get_error_message() : var_export( $deleted, true ) ) );
	}
	echo json_encode( array( 'files' => file_exists( WP_PLUGIN_DIR . '/ogp-embed' ), 'options' => plugin_options() ) ), "\n";
	exit( 0 );
}

// What 0.1.0 stored: a script address any administrator could set (loaded for every reader).
$legacy = array(
	'feed'          => '',
	'script_source' => 'cdn',
	'cdn_url'       => 'https://attacker.example/payload.js',
);
update_option( 'ogp_embed_settings', $legacy );
if ( 'multi' === $mode ) {
	$second = wp_insert_site( array( 'domain' => $_SERVER['HTTP_HOST'], 'path' => '/second/', 'title' => 'Second' ) );
	if ( is_wp_error( $second ) ) {
		fail( 'second site: ' . $second->get_error_message() );
	}
	switch_to_blog( $second );
	update_option( 'ogp_embed_settings', $legacy );
	update_option( 'ogp_embed_feed_state', array( 'url' => 'https://example.org/feed.json' ), false );
	set_transient( 'ogp_embed_snapshot_probe', 'x', 60 );
	restore_current_blog();
}

$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$installed = $upgrader->install( $arg );
if ( true !== $installed ) {
	fail( 'installing the zip failed: ' . ( is_wp_error( $installed ) ? $installed->get_error_message() : implode( ' ', $upgrader->skin->get_upgrade_messages() ) ) );
}
$activated = activate_plugin( 'ogp-embed/ogp-embed.php' );
if ( is_wp_error( $activated ) ) {
	fail( 'activating the plugin failed: ' . $activated->get_error_message() );
}

$people = 'multi' === $mode
	? array( 'siteadmin' => 'administrator', 'editor' => 'editor' )
	: array( 'admin' => null, 'editor' => 'editor' );
$users  = array();
foreach ( $people as $login => $role ) {
	$id = 'admin' === $login ? 1 : wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $login . '-password',
			'user_email' => $login . '@example.com',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fail( "user $login: " . $id->get_error_message() );
	}
	$user = get_userdata( $id );
	list( $app_password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'e2e' ) );
	$users[ $login ] = array(
		'id'                => $id,
		'password'          => 'admin' === $login ? 'admin-password' : $login . '-password',
		'appPassword'       => $app_password,
		'role'              => $user->roles,
		'unfilteredHtml'    => user_can( $id, 'unfiltered_html' ),
		'manageOptions'     => user_can( $id, 'manage_options' ),
		'superAdmin'        => is_super_admin( $id ),
	);
}

// The render function itself, given what KSES would never let through a post: it must refuse.
wp_set_current_user( 0 );
$hostile = array(
	'script id'       => ogp_embed_render( 'commitment', array( 'id' => '<script>alert(1)</script>', 'src' => 'https://example.org/feed.json' ) ),
	'quote id'        => ogp_embed_render( 'commitment', array( 'id' => 'CL0069" onmouseover="alert(1)', 'src' => 'https://example.org/feed.json' ) ),
	'javascript src'  => ogp_embed_render( 'commitment', array( 'id' => 'CL0069', 'src' => 'javascript:alert(1)' ) ),
	'data src'        => ogp_embed_render( 'commitment', array( 'id' => 'CL0069', 'src' => 'data:application/json,{}' ) ),
	'protocol-relative src' => ogp_embed_render( 'commitment', array( 'id' => 'CL0069', 'src' => '//evil.example/feed.json' ) ),
	'javascript link' => ogp_embed_render( 'commitment', array( 'id' => 'CL0069', 'src' => 'https://example.org/feed.json', 'link' => 'javascript:alert(1)' ) ),
	'hostile lang'    => ogp_embed_render( 'commitment', array( 'id' => 'CL0069', 'src' => 'https://example.org/feed.json', 'lang' => '"><script>alert(1)</script>' ) ),
	'hostile variant' => ogp_embed_render( 'commitment', array( 'id' => 'CL0069', 'src' => 'https://example.org/feed.json', 'variant' => '"><script>' ) ),
);
// No feed anywhere yet: a shortcode inside a paragraph, as a visitor and as an Editor would see it.
// (The plugin was activated after this request's `init`: its shortcodes are registered here.)
if ( ! shortcode_exists( 'ogp_commitment' ) ) {
	ogp_embed_register_shortcodes();
}
$paragraph = wpautop( 'Before [ogp_commitment id="CL0069"] after.' );
$notices   = array( 'visitor' => do_shortcode( $paragraph ) );
wp_set_current_user( $users['editor']['id'] );
$notices['editor'] = do_shortcode( $paragraph );
wp_set_current_user( 0 );

echo json_encode(
	array(
		'notices' => $notices,
		'users'   => $users,
		'hostile' => $hostile,
		'locale'  => get_locale(),
		'lang'    => ogp_embed_site_lang(),
	)
), "\n";
