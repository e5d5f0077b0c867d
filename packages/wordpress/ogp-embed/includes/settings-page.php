<?php
/**
 * Settings → Open Government Embed: the default feed address (checked on save, the result shown in words).
 * Only for `manage_options`; the Settings API's form carries the nonce that options.php checks.
 *
 * @package OgpEmbed
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the page under Settings.
 */
function ogp_embed_add_settings_page() {
	add_options_page(
		__( 'Open Government Embed', 'ogp-embed' ),
		__( 'Open Government Embed', 'ogp-embed' ),
		'manage_options',
		'ogp-embed',
		'ogp_embed_render_settings_page'
	);
}
add_action( 'admin_menu', 'ogp_embed_add_settings_page' );

/**
 * The page.
 */
function ogp_embed_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = ogp_embed_settings();
	$state    = get_option( OGP_EMBED_FEED_STATE );
	$name     = OGP_EMBED_OPTION;
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Open Government Embed', 'ogp-embed' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'ogp_embed' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="ogp-embed-feed"><?php esc_html_e( 'Default feed address', 'ogp-embed' ); ?></label></th>
					<td>
						<input type="text" inputmode="url" spellcheck="false" class="regular-text code" id="ogp-embed-feed" name="<?php echo esc_attr( $name ); ?>[feed]" value="<?php echo esc_attr( $settings['feed'] ); ?>" aria-describedby="ogp-embed-feed-help">
						<p class="description" id="ogp-embed-feed-help"><?php esc_html_e( 'Your government\'s published feed: a full address (https://…) or a path on this site (/feeds/feed.json). Blocks and shortcodes without an address of their own use it. It is checked when you save.', 'ogp-embed' ); ?></p>
						<?php if ( is_array( $state ) && isset( $state['url'] ) && $state['url'] === $settings['feed'] ) : ?>
							<p id="ogp-embed-feed-check">
								<strong><?php echo $state['ok'] ? esc_html__( 'Last check: ready.', 'ogp-embed' ) : esc_html__( 'Last check: not ready.', 'ogp-embed' ); ?></strong>
								<?php echo esc_html( implode( ' ', $state['messages'] ) ); ?>
								<?php
								/* translators: %s: date and time of the check. */
								echo esc_html( sprintf( __( '(Checked %s.)', 'ogp-embed' ), wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) $state['checked_at'] ) ) );
								?>
							</p>
						<?php endif; ?>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
