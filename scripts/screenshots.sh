#!/usr/bin/env bash
# Screenshots of every page, in every state worth looking at, at phone (390×844) and desktop
# (1280×800) size, into target/screenshots/ (index.tsv says what each one shows). Needs Chromium
# and ChromeDriver, as the browser tests do. Fails when a page is an error page, is wider than its
# window, or was left out. Extra arguments go to Maven; one state only, for example:
#   scripts/screenshots.sh -Dtest='ScreenshotTour#aYearOfCheckIns'
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/screenshots/*.png target/screenshots/index.tsv
./mvnw -B -q test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false "$@"
echo "Screenshots: $(ls target/screenshots/*.png | wc -l) pictures in target/screenshots/"
