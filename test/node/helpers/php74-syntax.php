<?php
/**
 * Lists what in the given PHP files needs a PHP newer than 7.4 (the plugin's "Requires PHP"),
 * from PHP's own tokens: match, enum, readonly, nullsafe ?->, attributes #[...], named arguments,
 * union types in signatures, and the functions PHP 8 added. Prints one line per finding.
 */
$newer_functions = array( 'str_contains', 'str_starts_with', 'str_ends_with', 'array_is_list', 'get_debug_type', 'fdiv', 'get_resource_id', 'array_find', 'array_any', 'array_all' );
$named_tokens    = array( 'T_MATCH', 'T_ENUM', 'T_READONLY', 'T_NULLSAFE_OBJECT_OPERATOR', 'T_ATTRIBUTE' );
foreach ( array_slice( $argv, 1 ) as $file ) {
	$tokens = array_values(
		array_filter(
			token_get_all( file_get_contents( $file ) ),
			function ( $t ) {
				return ! is_array( $t ) || ! in_array( $t[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
			}
		)
	);
	$in_signature = 0;
	foreach ( $tokens as $i => $t ) {
		$text = is_array( $t ) ? $t[1] : $t;
		$line = is_array( $t ) ? $t[2] : '?';
		if ( is_array( $t ) && in_array( token_name( $t[0] ), $named_tokens, true ) ) {
			echo "$file:$line: " . token_name( $t[0] ) . "\n";
		}
		if ( is_array( $t ) && T_STRING === $t[0] && in_array( strtolower( $text ), $newer_functions, true ) ) {
			echo "$file:$line: $text() is PHP 8\n";
		}
		$prev = $i > 0 ? $tokens[ $i - 1 ] : null;
		$next = isset( $tokens[ $i + 1 ] ) ? $tokens[ $i + 1 ] : null;
		if ( is_array( $t ) && T_STRING === $t[0] && ':' === $next && ( '(' === $prev || ',' === $prev ) ) {
			echo "$file:$line: named argument $text:\n";
		}
		if ( is_array( $t ) && T_FUNCTION === $t[0] ) {
			$in_signature = 1;
		} elseif ( $in_signature ) {
			if ( '{' === $text || ';' === $text ) {
				$in_signature = 0;
			} elseif ( '|' === $text && '=' !== ( is_array( $prev ) ? '' : $prev ) ) {
				echo "$file:$line: union type\n";
			}
		}
	}
}
