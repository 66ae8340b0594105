/* primaryLocationLineHash: GitHub's published vectors and the UTF-16 details. */
#include "testutil.h"
#include "drvlint/output.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

/* Hashes `text` and compares with the expected list, line 1 first. */
static void check_hashes(const char *text, size_t len, const char *const *want, size_t nwant)
{
	size_t n, i;
	char **h = dl_line_hashes(text, len, &n);
	ck_assert_uint_eq(n, nwant);
	for (i = 0; i < n; i++)
		ck_assert_msg(!strcmp(h[i], want[i]), "line %zu: got %s, want %s", i + 1, h[i], want[i]);
	dl_line_hashes_free(h, n);
}

START_TEST(test_published_vectors)
{
	char *json = tu_read_ok(DL_SHARED_DIR "/sarif/fingerprint-vectors.json");
	cJSON *doc = cJSON_Parse(json), *v;
	int nvectors = 0;
	ck_assert_ptr_nonnull(doc);
	cJSON_ArrayForEach(v, cJSON_GetObjectItem(doc, "vectors")) {
		const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(v, "text"));
		cJSON *hashes = cJSON_GetObjectItem(v, "hashes"), *h;
		const char **want = calloc((size_t)cJSON_GetArraySize(hashes) + 1, sizeof(char *));
		size_t n = 0;
		cJSON_ArrayForEach(h, hashes)
			want[n++] = cJSON_GetStringValue(h);
		check_hashes(text, strlen(text), want, n);
		free(want);
		nvectors++;
	}
	ck_assert_int_ge(nvectors, 3);
	cJSON_Delete(doc);
	free(json);
}
END_TEST

/* A code point above U+FFFF is two UTF-16 units (values from GitHub's algorithm
 * run over the UTF-16 form of the text). */
START_TEST(test_surrogate_pairs)
{
	static const char *const want[] = {"8025dd5336ab6fb2:1", "3791504be0bd17cc:1", "c129715d7a2bc9a3:1"};
	const char *text = "a\xF0\x9F\x98\x80" "b\nc\n";
	check_hashes(text, strlen(text), want, 3);
}
END_TEST

/* A space between CR and LF makes the LF a second line end, as GitHub counts. */
START_TEST(test_cr_space_lf)
{
	static const char *const want[] = {"ea5c6c22b47aa350:1", "f85c2d2aa834d48e:1", "ed3261245082261c:1"};
	check_hashes("x\r \ny", 5, want, 3);
}
END_TEST

/* Each invalid byte counts as U+FFFD; NUL bytes are characters like any other. */
START_TEST(test_invalid_utf8)
{
	static const char *const want[] = {"a88b3c201b7e6ebe:1", "c129715d7a2bc9a3:1"};
	/* A truncated sequence, then an encoded surrogate (not UTF-8). */
	const char *bad = "x\xC3(\xED\xA0\x80y";
	const char *replaced = "x\xEF\xBF\xBD(\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDy";
	size_t n1, n2, i;
	char **a, **b;
	check_hashes("\xFF\n", 2, want, 2);
	a = dl_line_hashes(bad, strlen(bad), &n1);
	b = dl_line_hashes(replaced, strlen(replaced), &n2);
	ck_assert_uint_eq(n1, n2);
	for (i = 0; i < n1; i++)
		ck_assert_str_eq(a[i], b[i]);
	dl_line_hashes_free(a, n1);
	dl_line_hashes_free(b, n2);
	a = dl_line_hashes("a\0b", 3, &n1);
	b = dl_line_hashes("ab", 2, &n2);
	ck_assert_str_ne(a[0], b[0]);
	dl_line_hashes_free(a, n1);
	dl_line_hashes_free(b, n2);
}
END_TEST

/* Lines whose next 100 kept characters are the same share a hash and are
 * told apart by the occurrence count. */
START_TEST(test_occurrence_count)
{
	char text[401];
	size_t n, i;
	char **h;
	for (i = 0; i < 200; i++)
		memcpy(text + 2 * i, "a\n", 2);
	h = dl_line_hashes(text, 400, &n);
	ck_assert_uint_eq(n, 201);
	ck_assert_str_eq(strchr(h[0], ':'), ":1");
	ck_assert_str_eq(strchr(h[1], ':'), ":2");
	ck_assert_int_eq(strncmp(h[0], h[1], (size_t)(strchr(h[0], ':') - h[0])), 0);
	ck_assert_str_ne(h[199], h[0]);
	dl_line_hashes_free(h, n);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("fingerprint");
	TCase *tc = tcase_create("line hashes");
	tcase_add_test(tc, test_published_vectors);
	tcase_add_test(tc, test_surrogate_pairs);
	tcase_add_test(tc, test_cr_space_lf);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_occurrence_count);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
