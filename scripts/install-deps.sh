#!/usr/bin/env bash
# Makes sure the native parts Mamori needs are on this Debian machine.
#   scripts/install-deps.sh            what `mamori` needs to run (MeCab + IPADIC)
#   scripts/install-deps.sh --tests    plus what the test suite needs (PostgreSQL server binaries)
# As root, missing packages are installed with apt-get. Otherwise the exact command is printed
# and the script exits 1. Quiet when everything is present.
set -euo pipefail

want_tests=false
for arg in "$@"; do
  case "$arg" in
    --tests) want_tests=true ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "install-deps: unknown option '$arg' (use --tests or nothing)" >&2; exit 2 ;;
  esac
done

missing=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }

# MeCab and its UTF-8 IPADIC dictionary: person and place names in Japanese text.
have_lib 'libmecab\.so\.2 ' || missing+=(libmecab2)
[ -f /var/lib/mecab/dic/ipadic-utf8/sys.dic ] || missing+=(mecab-ipadic-utf8)
# IPADIC's source lists (EUC-JP CSV): the surname and given-name lists the name recognizer prefilters with.
[ -f /usr/share/mecab/dic/ipadic/Noun.name.csv ] || missing+=(mecab-ipadic)
# ICU: .NET needs it for NFKC normalisation of Japanese text (full-width digits, half-width kana).
have_lib 'libicuuc\.so\.' || missing+=(libicu72)
# IPA Gothic: the Japanese TrueType font embedded (as a subset) in PDF disclosures to data subjects (Art. 33).
[ -f /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf ] || missing+=(fonts-ipafont-gothic)

if $want_tests; then
  # PostgreSQL server binaries for the throwaway test cluster (scripts/pg.sh).
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing ${missing[*]} (apt-get) ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  echo "Installed ${missing[*]}." >&2
else
  echo "Mamori needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
