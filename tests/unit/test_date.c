/*
 * test_date.c - dates as news writes them, made ISO 8601; ambiguous or
 * impossible dates refused.
 */
#include <string.h>

#include "articlefs/date.h"
#include "testutil.h"

static const char *iso(const char *s)
{
	static char out[DATE_ISO_MAX];
	return date_parse(s, strlen(s), out) ? out : NULL;
}

START_TEST(common_forms)
{
	ck_assert_str_eq(iso("2025-02-14"), "2025-02-14");
	ck_assert_str_eq(iso("2025-02-14T09:30:00Z"), "2025-02-14T09:30:00Z");
	ck_assert_str_eq(iso("2016-09-12T14:03:22.000+02:00"),
			 "2016-09-12T14:03:22+02:00");
	ck_assert_str_eq(iso("February 14, 2025"), "2025-02-14");
	ck_assert_str_eq(iso("Sept. 3, 2016"), "2016-09-03");
	ck_assert_str_eq(iso("14 February 2025"), "2025-02-14");
	ck_assert_str_eq(iso("Friday 14th February 2025"), "2025-02-14");
	ck_assert_str_eq(iso("Fri, 14 Feb 2025 09:30:00 GMT"),
			 "2025-02-14T09:30:00Z");
	ck_assert_str_eq(iso("Published 14 Feb 2025, 9.30pm"),
			 "2025-02-14T21:30:00");
}
END_TEST

START_TEST(refused)
{
	ck_assert_ptr_null(iso("14/02/2025")); /* day or month first? */
	ck_assert_ptr_null(iso("2025-02-30"));
	ck_assert_ptr_null(iso("March on Washington"));
	ck_assert_ptr_null(iso("May I say something"));
	ck_assert_ptr_null(iso("The 2025 budget"));
	ck_assert_ptr_null(iso(""));
}
END_TEST

START_TEST(find_in_text)
{
	char out[DATE_ISO_MAX];
	const char *s = "Last updated on 3 March 2025, by the desk";
	ck_assert(date_find(s, strlen(s), out));
	ck_assert_str_eq(out, "2025-03-03");
	ck_assert(!date_find("no date here", 12, out));
}
END_TEST

START_TEST(to_time)
{
	ck_assert_int_eq(date_to_time("1970-01-02"), 86400);
	ck_assert_int_eq(date_to_time("1970-01-01T01:00:00+01:00"), 0);
	ck_assert_int_eq(date_to_time("garbage"), -1);
}
END_TEST

static Suite *date_suite(void)
{
	Suite *s = suite_create("date");
	TCase *tc = tcase_create("parse");
	tcase_add_test(tc, common_forms);
	tcase_add_test(tc, refused);
	tcase_add_test(tc, find_in_text);
	tcase_add_test(tc, to_time);
	suite_add_tcase(s, tc);
	return s;
}

RUN_SUITE(date_suite)
