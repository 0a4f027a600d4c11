#!/usr/bin/env bash
# The collection-wide views: .people (one person across stories, never two
# people who share a surname), .dates, .index.tsv, .quotes.tsv, the story
# xattrs, and how they survive cp -a, tar --xattrs, grep -r and refresh.
. "$(dirname "$0")/lib.sh"

S="$WORK/src"
M="$WORK/mnt"
mkdir -p "$S/world"
printf 'Trump Rallies In Ohio\n\n14 February 2025\n\nDonald Trump spoke to supporters in Toledo on Friday.\n\n“We will win Ohio,” Donald Trump said.\n' > "$S/ohio.txt"
printf 'Factory Jobs Promise\n\nBy Ann Lee\n\nMarch 3, 2025\n\nDonald J. Trump visited a steel plant in Pennsylvania.\n\n“Jobs are coming back,” said Donald J. Trump.\n' > "$S/world/jobs.txt"
printf 'Ivanka Trump Backs Campaign\n\nIvanka Trump spoke in Miami on Saturday.\n\n“I support my father,” Ivanka Trump said.\n' > "$S/ivanka.txt"
mount_fs "$S" "$M"

# Hidden from ls and globs.
expect_eq "ls" "$($T ls "$M" | tr '\n' ' ')" "ivanka-trump-backs-campaign trump-rallies-in-ohio world "
expect_eq "ls -A" "$($T ls -A "$M" | head -5 | tr '\n' ' ')" ".articlefs .dates .index.tsv .people .quotes.tsv "

# One person for "Donald Trump" and "Donald J. Trump"; Ivanka apart.
expect_eq "people" "$($T ls "$M/.people" | tr '\n' ' ')" "donald-trump ivanka-trump "
expect_eq "donald's stories" "$($T ls "$M/.people/donald-trump" | tr '\n' ' ')" \
	"factory-jobs-promise quotes trump-rallies-in-ohio "
for link in "$M"/.people/*/*; do
	[ "$(basename "$link")" = quotes ] && continue
	[ -L "$link" ] || fail "$link is not a symlink"
	case "$(readlink "$link")" in ../../*) ;; *) fail "$link is not relative" ;; esac
	[ -d "$link" ] && [ -f "$link/headline" ] || fail "$link does not resolve to a story"
done
expect_eq "symlink target" "$(readlink "$M/.people/donald-trump/factory-jobs-promise")" \
	"../../world/factory-jobs-promise"
expect_eq "donald's quotes" "$($T cat "$M/.people/donald-trump/quotes")" \
	"$(printf 'trump-rallies-in-ohio\tWe will win Ohio,\nworld/factory-jobs-promise\tJobs are coming back,')"
expect_eq "ivanka's quotes" "$($T cat "$M/.people/ivanka-trump/quotes")" \
	"$(printf 'ivanka-trump-backs-campaign\tI support my father,')"

# The tables: a header, one line per story or quote, sorted by path.
expect_eq ".index.tsv" "$($T cat "$M/.index.tsv")" "$(printf '%s\n' \
	"$(printf 'path\tdate\theadline\tbyline\tsource')" \
	"$(printf 'ivanka-trump-backs-campaign\t\tIvanka Trump Backs Campaign\t\tivanka.txt')" \
	"$(printf 'trump-rallies-in-ohio\t2025-02-14\tTrump Rallies In Ohio\t\tohio.txt')" \
	"$(printf 'world/factory-jobs-promise\t2025-03-03\tFactory Jobs Promise\tAnn Lee\tworld/jobs.txt')")"
expect_eq ".quotes.tsv lines" "$($T wc -l < "$M/.quotes.tsv")" 4
expect_eq ".quotes.tsv speakers" "$($T cut -f2 "$M/.quotes.tsv" | tail -n +2 | tr '\n' ',')" \
	"Ivanka Trump,Donald Trump,Donald J. Trump,"
awk -F'\t' 'NF != 5 { exit 1 }' "$M/.index.tsv" || fail ".index.tsv has a line without 5 fields"
check_sizes "$M/.people"
expect_eq "tsv sizes" "$(stat -c %s "$M/.index.tsv" "$M/.quotes.tsv" | tr '\n' ' ')" \
	"$(cat "$M/.index.tsv" | wc -c) $(cat "$M/.quotes.tsv" | wc -c) "

# Stories by date.
expect_eq "dates" "$($T find "$M/.dates" | sed "s|$M/||" | sort | tr '\n' ' ')" \
	".dates .dates/2025 .dates/2025/02 .dates/2025/02/14 .dates/2025/02/14/trump-rallies-in-ohio .dates/2025/03 .dates/2025/03/03 .dates/2025/03/03/factory-jobs-promise "
expect_eq "dated link" "$($T cat "$M/.dates/2025/03/03/factory-jobs-promise/headline")" "Factory Jobs Promise"

# xattrs on story directories; none (and no error) elsewhere.
x=$($T getfattr -d --absolute-names "$M/world/factory-jobs-promise")
for want in 'user.article.headline="Factory Jobs Promise"' 'user.article.date="2025-03-03"' \
	'user.article.source="world/jobs.txt"'; do
	grep -qF "$want" <<<"$x" || fail "getfattr lacks $want: $x"
done
expect_eq "xattr on a file" "$($T getfattr -d --absolute-names "$M/world/factory-jobs-promise/headline" 2>&1)" ""
msg=$($T getfattr -n user.article.url "$M/world/factory-jobs-promise" 2>&1 || true)
grep -q "No such attribute" <<<"$msg" || fail "an unknown url should be no attribute: $msg"
# Security labels are not supported at all (not merely absent), which is
# what lets ls -l stop asking for one on every file.
msg=$($T getfattr -n security.selinux "$M/world/factory-jobs-promise/headline" 2>&1 || true)
grep -q "Operation not supported" <<<"$msg" || fail "security.selinux should be unsupported: $msg"
$T ls -l "$M/world/factory-jobs-promise" >/dev/null || fail "ls -l failed"

# cp -a and tar --xattrs of a story keep its files and attributes.
$T cp -a "$M/world/factory-jobs-promise" "$WORK/copy" || fail "cp -a failed"
$T diff -r "$M/world/factory-jobs-promise" "$WORK/copy" >/dev/null || fail "cp -a copy differs"
if getfattr --absolute-names -n user.article.date "$WORK/copy" >/dev/null 2>&1; then
	expect_eq "cp -a xattr" "$(getfattr --absolute-names --only-values -n user.article.date "$WORK/copy")" 2025-03-03
fi
(cd "$M/world" && $T tar --xattrs -cf "$WORK/story.tar" factory-jobs-promise) || fail "tar --xattrs failed"
mkdir "$WORK/untar"
(cd "$WORK/untar" && tar --xattrs --xattrs-include='user.*' -xf "$WORK/story.tar") || fail "untar failed"
if getfattr --absolute-names -n user.article.headline "$WORK/untar/factory-jobs-promise" >/dev/null 2>&1; then
	expect_eq "tar xattr" "$(getfattr --absolute-names --only-values -n user.article.headline "$WORK/untar/factory-jobs-promise")" \
		"Factory Jobs Promise"
fi

# grep -r never meets a story twice: symlinks are not followed.
expect_eq "grep -rc" "$($T grep -rc 'Jobs are coming back' "$M" | grep -v ':0$' | sed "s|$M/||" | sort | tr '\n' ' ')" \
	".people/donald-trump/quotes:1 .quotes.tsv:1 world/factory-jobs-promise/article.json:2 world/factory-jobs-promise/body:1 world/factory-jobs-promise/paragraphs/002:1 world/factory-jobs-promise/people/donald-j-trump/quotes:1 world/factory-jobs-promise/quotes/001-donald-j-trump:1 "
grep -q '^parsed: 3 of 3$' "$M/.articlefs/status" || fail "status does not say every story is parsed"

# The views follow refresh: a new story, a new person, within a second.
printf 'Harris Speaks In Detroit\n\n“We are not going back,” Kamala Harris said.\n' > "$S/detroit.txt"
for _ in $(seq 30); do [ -d "$M/.people/kamala-harris" ] && break; sleep 0.05; done
[ -d "$M/.people/kamala-harris" ] || fail "the views did not follow a new source"
$T ls "$M/.people" | grep -qx kamala-harris || fail "a stale listing of .people"
expect_eq "index after refresh" "$($T wc -l < "$M/.index.tsv")" 5
rm "$S/ivanka.txt"
for _ in $(seq 30); do [ -d "$M/.people/ivanka-trump" ] || break; sleep 0.05; done
[ -d "$M/.people/ivanka-trump" ] && fail "the views kept a removed source's person"
$T ls "$M/.people" | grep -qx ivanka-trump && fail "a stale listing of .people"
unmount_fs "$M"
