#!/usr/bin/env bash
# A current WordPress for test/e2e/wordpress.test.ts, from Debian sid's packages, beside bookworm's
# PHP and MariaDB: a private apt list (the system's apt settings untouched), `apt-get download`, and
# `dpkg-deb -x` into a cache folder. Bookworm's `wordpress` package stays installed: the newer tree's
# symlinks (PHPMailer, certificates, getID3...) point at what it brings.
#   test/e2e/helpers/wordpress-current.sh [CACHE]   (default: /tmp/ogp-wordpress-current)
# Idempotent: a cache that already holds WordPress is left as it is. Prints the WordPress folder.
set -euo pipefail
cache=${1:-${OGP_WORDPRESS_CURRENT_CACHE:-/tmp/ogp-wordpress-current}}
wp=$cache/root/usr/share/wordpress
if [ -f "$cache/.ready" ] && [ -f "$wp/wp-includes/version.php" ]; then
  echo "$wp"; exit 0
fi
uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$uri" ] || uri=$(awk '/^deb / {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
[ -n "$uri" ] || uri=http://deb.debian.org/debian
mkdir -p "$cache/lists/partial" "$cache/cache/archives/partial"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri sid main" > "$cache/sources.list"
o=(-o "Dir::Etc::SourceList=$cache/sources.list" -o Dir::Etc::SourceParts=- -o "Dir::State::Lists=$cache/lists" -o "Dir::Cache=$cache/cache")
apt-get "${o[@]}" -qq update >&2
rm -f "$cache"/*.deb
(cd "$cache" && apt-get "${o[@]}" -qq download wordpress wordpress-theme-twentytwentyfive >&2)
rm -rf "$cache/root"
for f in "$cache"/*.deb; do dpkg-deb -x "$f" "$cache/root"; done
test -f "$wp/wp-includes/version.php"
# The tree's relative links (../../../javascript/underscore/...) point where they would from
# /usr/share/wordpress: to the libraries bookworm's packages installed there. Point them there, or,
# for a library bookworm's tree bundles instead (lodash), at bookworm's copy.
(cd "$wp" && find . -type l | while read -r link; do
  [ -e "$link" ] && continue
  dir=$(dirname "${link#./}")
  target=$(realpath -m "/usr/share/wordpress/$dir/$(readlink "$link")")
  if [ -e "$target" ]; then ln -sfn "$target" "$link"
  elif [ -e "/usr/share/wordpress/${link#./}" ]; then ln -sfn "$(realpath "/usr/share/wordpress/${link#./}")" "$link"; fi
done)
touch "$cache/.ready"
echo "$wp"
