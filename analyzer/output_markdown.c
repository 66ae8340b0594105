/* `--format markdown`: a review-ready summary to paste into a pull request or
 * post from CI — counts by rule, then each finding with its line of code and
 * its path in a collapsible <details> block. */
#include "output_priv.h"

#include <stdlib.h>
#include <string.h>

/* Text inside HTML (<summary>): only the HTML specials matter. */
static void put_html(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '<')
			fputs("&lt;", out);
		else if (*s == '>')
			fputs("&gt;", out);
		else if (*s == '&')
			fputs("&amp;", out);
		else
			fputc(*s, out);
	}
}

/* Text in Markdown: HTML specials as entities, Markdown punctuation escaped
 * (a message naming __try must not turn bold). */
static void put_md(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '<' || *s == '>' || *s == '&')
			fprintf(out, "&#%d;", *s);
		else if (strchr("\\`*_[]#|~", *s))
			fprintf(out, "\\%c", *s);
		else
			fputc(*s, out);
	}
}

static void put_loc(FILE *out, const dl_report *r, const dl_loc *loc)
{
	char *path = loc->file ? dl_display_path(r->srcroot, loc->file) : dl_xstrdup("drvlint");
	char *clean = dl_utf8_clean(path);
	fprintf(out, "<code>");
	put_html(out, clean);
	if (loc->file)
		fprintf(out, ":%u:%u", loc->line, loc->column);
	fprintf(out, "</code>");
	free(clean);
	free(path);
}

/* The finding's line of code, fenced (a fence longer than any backtick run in it). */
static void put_code(FILE *out, dl_srccache *cache, const dl_loc *loc)
{
	dl_srcfile *f = loc->file ? dl_srccache_get(cache, loc->file) : NULL;
	const char *line;
	size_t len, i, run = 0, longest = 2;
	char *raw, *clean;
	if (!f || !(line = dl_srcfile_line(f, loc->line, &len)))
		return;
	for (i = 0; i < len; i++) {
		run = line[i] == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	raw = dl_xstrndup(line, len);
	clean = dl_utf8_clean(raw);
	free(raw);
	fprintf(out, "%.*s`c\n%s\n%.*s`\n\n", (int)longest, "``````````````````````````````", clean,
		(int)longest, "``````````````````````````````");
	free(clean);
}

static void put_finding(FILE *out, const dl_report *r, dl_srccache *cache, const dl_finding *f)
{
	char *msg = dl_utf8_clean(f->message);
	size_t k;
	fprintf(out, "<details>\n<summary><b>%s</b> ", dl_level_name(f->level));
	put_loc(out, r, &f->loc);
	fputs(" ", out);
	put_html(out, msg);
	fprintf(out, " [%s]</summary>\n\n", f->rule->id);
	put_code(out, cache, &f->loc);
	for (k = 0; k < f->nsteps; k++) {
		char *step = dl_utf8_clean(f->steps[k].message);
		fprintf(out, "%zu. ", k + 1);
		put_loc(out, r, &f->steps[k].loc);
		fputs(" ", out);
		put_md(out, step);
		fputs("\n", out);
		free(step);
	}
	fputs(f->nsteps ? "\n</details>\n\n" : "</details>\n\n", out);
	free(msg);
}

/* | rule | level | count | for each rule with counted findings, in registry order. */
static void put_counts(FILE *out, const dl_report *r)
{
	size_t i, k;
	fputs("| Rule | Level | Findings |\n|:--|:--|--:|\n", out);
	for (k = 0; k < dl_rule_count; k++) {
		const dl_rule *rule = dl_rules[k];
		size_t n = 0;
		dl_level level = DL_LEVEL_NONE;
		for (i = 0; i < r->findings->count; i++)
			if (r->findings->items[i].rule == rule && dl_report_counts(r, i)) {
				n++;
				level = r->findings->items[i].level;
			}
		if (n)
			fprintf(out, "| [`%s`](" DL_RULE_DOC_URI "%s.md) | %s | %zu |\n", rule->id, rule->id,
				dl_level_name(level), n);
	}
	fputs("\n", out);
}

/* Files that could not be analyzed or had compile errors: one line each kind. */
static void put_notices(FILE *out, const dl_report *r)
{
	size_t i, failed = 0, partial = 0;
	for (i = 0; i < r->nnotices; i++) {
		if (r->notices[i].level == DL_LEVEL_ERROR)
			failed++;
		else
			partial++;
	}
	if (failed)
		fprintf(out, "**%zu file%s could not be analyzed.** ", failed, failed == 1 ? "" : "s");
	if (partial)
		fprintf(out, "%zu file%s had compile errors; results for %s may be incomplete.", partial,
			partial == 1 ? "" : "s", partial == 1 ? "it" : "them");
	if (failed || partial)
		fputs("\n\n", out);
}

/* What is left out, so a reader knows the summary is not the whole story. */
static void put_left_out(FILE *out, const dl_report *r)
{
	size_t i, suppressed = 0, known = 0;
	for (i = 0; r->meta && i < r->findings->count; i++) {
		if (r->meta[i].hidden)
			continue;
		if (r->meta[i].justification)
			suppressed++;
		else if (!dl_report_counts(r, i))
			known++;
	}
	if (suppressed)
		fprintf(out, "%zu suppressed in source. ", suppressed);
	if (known)
		fprintf(out, "%zu already in the baseline. ", known);
	if (suppressed || known)
		fputs("Not listed.\n\n", out);
}

int dl_write_markdown(FILE *out, const dl_report *r)
{
	dl_srccache *cache = dl_srccache_new();
	size_t i, n = 0;
	for (i = 0; i < r->findings->count; i++)
		n += dl_report_counts(r, i);
	if (n)
		fprintf(out, "### drvlint: %zu finding%s\n\n", n, n == 1 ? "" : "s");
	else
		fputs("### drvlint: no findings\n\n", out);
	put_notices(out, r);
	put_left_out(out, r);
	if (n)
		put_counts(out, r);
	for (i = 0; i < r->findings->count; i++)
		if (dl_report_counts(r, i))
			put_finding(out, r, cache, &r->findings->items[i]);
	dl_srccache_free(cache);
	return fflush(out) == EOF || ferror(out) ? DL_ERR_IO : DL_OK;
}
