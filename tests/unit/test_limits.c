/*
 * test_limits.c - the limit settings shared by the mount options and
 * articlefs-extract's flags: what they accept, what they refuse and how
 * a limit reads in a message.
 */
#include <check.h>
#include <stdint.h>
#include <string.h>

#include "articlefs/limits.h"
#include "testutil.h"

static void reset(void)
{
	limits = limits_defaults;
}

/* Applies a setting that must be accepted. */
static void set_ok(const char *setting)
{
	char *err = (char *)1;
	ck_assert_int_eq(limits_set(setting, &err), 1);
	ck_assert_ptr_null(err);
}

/* A refused setting leaves the limits alone and names itself. */
static void set_refused(const char *setting)
{
	struct limits before = limits;
	char *err = NULL;
	size_t klen = strcspn(setting, "=");

	ck_assert_int_eq(limits_set(setting, &err), -1);
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strncmp(err, setting, klen) == 0,
		      "message \"%s\" does not name %s", err, setting);
	ck_assert(memcmp(&before, &limits, sizeof(limits)) == 0);
	free(err);
}

START_TEST(test_each_setting_applies)
{
	reset();
	set_ok("maxsize=2M");
	set_ok("maxdepth=4096");
	set_ok("maxparagraphs=7");
	set_ok("maxquotes=3");
	set_ok("maxpeople=2");
	set_ok("maximages=1");
	ck_assert_uint_eq(limits.max_source_bytes, 2u << 20);
	ck_assert_uint_eq(limits.max_depth, 4096);
	ck_assert_uint_eq(limits.max_paragraphs, 7);
	ck_assert_uint_eq(limits.max_quotes, 3);
	ck_assert_uint_eq(limits.max_people, 2);
	ck_assert_uint_eq(limits.max_images, 1);
	set_ok("maxsize=1500K");
	ck_assert_uint_eq(limits.max_source_bytes, 1500u << 10);
	set_ok("maxsize=123");
	ck_assert_uint_eq(limits.max_source_bytes, 123);
}
END_TEST

START_TEST(test_bad_values_refused)
{
	reset();
	const char *bad[] = {
		"maxsize=0",
		"maxsize=huge",
		"maxsize=-1",
		"maxsize=10X",
		"maxsize=",
		"maxdepth=0",
		"maxdepth=4097",
		"maxdepth=-5",
		"maxquotes=",
		"maxquotes=2x",
		"maxpeople=0",
		"maximages=1e3",
		"maxparagraphs=99999999999999999999999",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		set_refused(bad[i]);
}
END_TEST

START_TEST(test_other_names_are_not_limits)
{
	char *err = (char *)1;
	ck_assert_int_eq(limits_set("cache=5", &err), 0);
	ck_assert_ptr_null(err);
	ck_assert_int_eq(limits_set("maxsizes=5", &err), 0);
	ck_assert_int_eq(limits_set("max", &err), 0);
}
END_TEST

START_TEST(test_size_text)
{
	char buf[32];
	limits_size_text(buf, sizeof(buf), (size_t)64 << 20);
	ck_assert_str_eq(buf, "64 MiB");
	limits_size_text(buf, sizeof(buf), 1500 << 10);
	ck_assert_str_eq(buf, "1500 KiB");
	limits_size_text(buf, sizeof(buf), 1000);
	ck_assert_str_eq(buf, "1000-byte");
}
END_TEST

static Suite *limits_suite(void)
{
	Suite *s = suite_create("limits");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_each_setting_applies);
	tcase_add_test(tc, test_bad_values_refused);
	tcase_add_test(tc, test_other_names_are_not_limits);
	tcase_add_test(tc, test_size_text);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(limits_suite)
