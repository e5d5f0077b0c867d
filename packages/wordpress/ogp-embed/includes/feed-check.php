<?php
/**
 * Checks a feed address when an administrator saves it: it loads, it is an ogp-embed feed
 * (JSON with a schema version 1.x and a list of action plans), and it sends CORS headers so
 * readers' browsers may read it. Keeps an index of ids to titles and pages, so the server can
 * write each tag's fallback link without fetching the feed while a page is served.
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

/** The most the server reads of a feed (bytes): what the check and the snapshot index can afford. */
const OGP_EMBED_MAX_FEED_BYTES = 8388608;

/**
 * Fetches and checks a feed. `wp_safe_remote_get`: the address comes from a site's administrator,
 * who on a multisite network must not make the server fetch addresses inside its network.
 * The messages are plain text that may quote the remote server (escape them where printed).
 *
 * @param string $url An absolute http(s) address, or a path on this site.
 * @return array{ok: bool, url: string, checked_at: int, messages: string[], index: array}
 */
function ogp_embed_check_feed( $url ) {
	$state = array(
		'ok'         => false,
		'url'        => $url,
		'checked_at' => time(),
		'messages'   => array(),
		'index'      => array(),
	);

	$origin  = ogp_embed_site_origin();
	$address = '/' === $url[0] ? $origin . $url : $url;
	if ( 0 === strpos( $origin, 'https://' ) && 0 === stripos( $address, 'http://' ) ) {
		$state['messages'][] = __( 'The feed is an http:// address on an https:// site: readers\' browsers refuse to load it (mixed content). Ask its publisher for its https:// address.', 'ogp-embed' );
		return $state;
	}
	$response = wp_safe_remote_get(
		$address,
		array(
			'timeout'             => 10,
			'redirection'         => 3,
			'limit_response_size' => OGP_EMBED_MAX_FEED_BYTES,
			'headers'             => array(
				'Accept' => 'application/json',
				'Origin' => $origin,
			),
		)
	);
	if ( is_wp_error( $response ) ) {
		/* translators: %s: the reason the request failed, from WordPress. */
		$state['messages'][] = sprintf( __( 'The feed could not be loaded: %s', 'ogp-embed' ), $response->get_error_message() );
		return $state;
	}
	$code = (int) wp_remote_retrieve_response_code( $response );
	if ( 200 !== $code ) {
		/* translators: %d: an HTTP status code such as 404. */
		$state['messages'][] = sprintf( __( 'The feed could not be loaded: its server answered with HTTP status %d.', 'ogp-embed' ), $code );
		return $state;
	}

	$body = wp_remote_retrieve_body( $response );
	if ( strlen( $body ) >= OGP_EMBED_MAX_FEED_BYTES ) {
		$state['messages'][] = sprintf(
			/* translators: %s: a size such as 8 MB. */
			__( 'The feed is larger than %s, more than this check reads, so it was not checked. Readers\' browsers still load it; publishing its parts (ogp-embed publish) keeps each page\'s download small.', 'ogp-embed' ),
			size_format( OGP_EMBED_MAX_FEED_BYTES )
		);
		return $state;
	}
	$feed = json_decode( $body, true );
	$ok   = true;
	if ( ! is_array( $feed ) ) {
		$state['messages'][] = __( 'The address loads, but what it sends is not JSON, so it is not a feed.', 'ogp-embed' );
		return $state;
	}
	$version = isset( $feed['schemaVersion'] ) && is_string( $feed['schemaVersion'] ) ? $feed['schemaVersion'] : '';
	if ( ! preg_match( '/^1(\.\d+){0,2}$/', $version ) || ! isset( $feed['plans'] ) || ! is_array( $feed['plans'] ) ) {
		$state['messages'][] = __( 'The address sends JSON, but not an ogp-embed feed: it needs a "schemaVersion" 1.x and a list of "plans".', 'ogp-embed' );
		return $state;
	}

	$state['index']      = ogp_embed_index_feed( $feed );
	$state['messages'][] = sprintf(
		/* translators: 1: schema version; 2: number of action plans; 3: number of commitments. */
		__( 'The feed loads and is valid: schema version %1$s, %2$d action plans, %3$d commitments.', 'ogp-embed' ),
		$version,
		count( $state['index']['plans'] ),
		count( $state['index']['commitments'] )
	);

	$sent    = trim( (string) wp_remote_retrieve_header( $response, 'access-control-allow-origin' ) );
	$allowed = ogp_embed_quotable_origin( $sent );
	if ( '*' === $allowed || ( '' !== $allowed && strtolower( $allowed ) === strtolower( $origin ) ) ) {
		/* translators: %s: the value of the Access-Control-Allow-Origin header: * or this site's origin. */
		$state['messages'][] = sprintf( __( 'It sends Access-Control-Allow-Origin: %s, so readers\' browsers may read it from this site.', 'ogp-embed' ), $allowed );
	} elseif ( 0 === strpos( $address, $origin . '/' ) ) {
		$state['messages'][] = __( 'It is on this site, so readers\' browsers need no CORS header to read it.', 'ogp-embed' );
	} else {
		$ok = false;
		if ( '' === $sent ) {
			$state['messages'][] = __( 'It sends no Access-Control-Allow-Origin header, so readers\' browsers will refuse to read it from this site: ask its publisher to add "Access-Control-Allow-Origin: *".', 'ogp-embed' );
		} elseif ( '' === $allowed ) {
			$state['messages'][] = __( 'Its Access-Control-Allow-Origin header is neither * nor a site\'s address, so readers\' browsers will refuse to read it: ask its publisher to send "Access-Control-Allow-Origin: *".', 'ogp-embed' );
		} else {
			/* translators: %s: the origin the feed's Access-Control-Allow-Origin header allows, such as https://example.org. */
			$state['messages'][] = sprintf( __( 'It allows only %s to read it (Access-Control-Allow-Origin), not this site: ask its publisher to send "Access-Control-Allow-Origin: *".', 'ogp-embed' ), $allowed );
		}
	}
	$state['ok'] = $ok;
	return $state;
}

/**
 * An Access-Control-Allow-Origin value that may be quoted to an administrator: `*`, or an origin
 * as browsers write it (scheme, host, optional port; nothing else). Anything else, which a hostile
 * or broken server could send, gives ''.
 *
 * @param string $value The header's value.
 * @return string
 */
function ogp_embed_quotable_origin( $value ) {
	if ( '*' === $value ) {
		return '*';
	}
	return preg_match( '~^https?://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$~D', $value ) ? $value : '';
}

/**
 * Checks the default feed again (WP-Cron, daily), so the titles readers without scripts see follow
 * the feed. A check that fails keeps the titles of the last good one: nothing is lost to an outage.
 */
function ogp_embed_refresh_feed() {
	$feed = ogp_embed_settings()['feed'];
	if ( '' === $feed ) {
		return;
	}
	$old   = get_option( OGP_EMBED_FEED_STATE );
	$state = ogp_embed_check_feed( $feed );
	if ( array() === $state['index'] && is_array( $old ) && isset( $old['url'], $old['index'] ) && $old['url'] === $feed ) {
		$state['index'] = $old['index'];
	}
	update_option( OGP_EMBED_FEED_STATE, $state, false );
}
add_action( 'ogp_embed_refresh_feed', 'ogp_embed_refresh_feed' );

/**
 * Keeps the daily refresh scheduled while a default feed is set (WordPress drops a schedule
 * whose plugin was deactivated; see ogp_embed_deactivate()).
 */
function ogp_embed_schedule_refresh() {
	if ( '' !== ogp_embed_settings()['feed'] && ! wp_next_scheduled( 'ogp_embed_refresh_feed' ) ) {
		wp_schedule_event( time() + DAY_IN_SECONDS, 'daily', 'ogp_embed_refresh_feed' );
	}
}
add_action( 'init', 'ogp_embed_schedule_refresh' );

/**
 * This site's origin (scheme, host and port), as browsers send it in `Origin`.
 *
 * @return string
 */
function ogp_embed_site_origin() {
	$home   = wp_parse_url( home_url() );
	$origin = ( isset( $home['scheme'] ) ? $home['scheme'] : 'http' ) . '://' . ( isset( $home['host'] ) ? $home['host'] : '' );
	return isset( $home['port'] ) ? $origin . ':' . $home['port'] : $origin;
}

/**
 * Ids of the feed's plans, commitments and forums, each with its title and page (if any).
 *
 * @param array $feed The decoded feed.
 * @return array<string, array<string, array{title: mixed, url: string}>>
 */
function ogp_embed_index_feed( array $feed ) {
	$index = array(
		'plans'       => array(),
		'commitments' => array(),
		'forums'      => array(),
	);
	$entry = function ( $item, $title_key ) {
		return array(
			'title' => isset( $item[ $title_key ] ) ? $item[ $title_key ] : '',
			'url'   => isset( $item['url'] ) && is_string( $item['url'] ) ? ogp_embed_clean_url( $item['url'] ) : '',
		);
	};
	foreach ( $feed['plans'] as $plan ) {
		if ( ! is_array( $plan ) || ! isset( $plan['id'] ) || ! is_string( $plan['id'] ) ) {
			continue;
		}
		$index['plans'][ $plan['id'] ] = $entry( $plan, 'title' );
		$commitments                   = isset( $plan['commitments'] ) && is_array( $plan['commitments'] ) ? $plan['commitments'] : array();
		foreach ( $commitments as $commitment ) {
			if ( is_array( $commitment ) && isset( $commitment['id'] ) && is_string( $commitment['id'] ) ) {
				$index['commitments'][ $commitment['id'] ] = $entry( $commitment, 'title' );
			}
		}
	}
	$forums = isset( $feed['forums'] ) && is_array( $feed['forums'] ) ? $feed['forums'] : array();
	foreach ( $forums as $forum ) {
		if ( is_array( $forum ) && isset( $forum['id'] ) && is_string( $forum['id'] ) ) {
			$index['forums'][ $forum['id'] ] = $entry( $forum, 'name' );
		}
	}
	return $index;
}

/**
 * An item of the last checked feed, when `$src` is that feed.
 *
 * @param string $src  The feed address of the tag.
 * @param string $list `plans`, `commitments` or `forums`.
 * @param string $id   The item's id.
 * @param string $lang The tag's language, for the title.
 * @return array{title: string, url: string}|null
 */
function ogp_embed_known_item( $src, $list, $id, $lang ) {
	$state = get_option( OGP_EMBED_FEED_STATE );
	if ( ! is_array( $state ) || ! isset( $state['url'], $state['index'][ $list ] ) || $state['url'] !== $src ) {
		return null;
	}
	$items = $state['index'][ $list ];
	if ( '' === $id ) {
		$id = (string) key( $items );
	}
	if ( '' === $id || ! isset( $items[ $id ] ) ) {
		return null;
	}
	return array(
		'title' => ogp_embed_pick_text( $items[ $id ]['title'], $lang ),
		'url'   => (string) $items[ $id ]['url'],
	);
}

/**
 * A feed text in a language (its own tag, then its primary language, then English, then the
 * first): a plain string, or a map of language tags to strings.
 *
 * @param mixed  $text The feed's text.
 * @param string $lang A BCP 47 tag.
 * @return string
 */
function ogp_embed_pick_text( $text, $lang ) {
	if ( is_string( $text ) ) {
		return $text;
	}
	if ( ! is_array( $text ) || array() === $text ) {
		return '';
	}
	$primary = strtolower( strtok( $lang, '-' ) );
	foreach ( array( $lang, $primary, 'en' ) as $want ) {
		foreach ( $text as $tag => $value ) {
			if ( is_string( $value ) && strtolower( (string) $tag ) === strtolower( $want ) ) {
				return $value;
			}
		}
	}
	$first = reset( $text );
	return is_string( $first ) ? $first : '';
}
