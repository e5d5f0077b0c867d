<?php
/**
 * Sets up a WordPress for test/e2e/wordpress.test.ts, from PHP (no wp-cli in Debian, no HTTP):
 *   php wordpress-site.php install ABSPATH single|multi HOST:PORT
 *   php wordpress-site.php configure ABSPATH single|multi ZIP
 * `install` creates the tables (and the network tables for `multi`); the caller then adds the
 * multisite constants to wp-config.php. `configure` installs the plugin's zip with WordPress's own
 * upgrader, activates it, makes the users who must not have unfiltered_html, gives each an
 * application password (the REST API's own authentication), and prints what it made as JSON.
 */

list( , $phase, $abspath, $mode, $arg ) = $argv;
$_SERVER['HTTP_HOST']   = parse_url( 'http://' . ( 'install' === $phase ? $arg : 'x' ) )['host'];
$_SERVER['REQUEST_URI'] = '/';

if ( 'install' === $phase ) {
	define( 'WP_INSTALLING', true );
	require $abspath . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	add_filter( 'pre_wp_mail', '__return_true' );
	$result = wp_install( 'OGP embed test', 'admin', 'admin@example.com', true, '', 'admin-password' );
	switch_theme( 'twentytwentyone' );
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

wp_set_current_user( 1 );
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
echo json_encode(
	array(
		'users'   => $users,
		'hostile' => $hostile,
		'locale'  => get_locale(),
		'lang'    => ogp_embed_site_lang(),
	)
), "\n";
