/* The suppression-comment parser (include/drvlint/suppress.h): text in, list out. */
#include "drvlint/suppress.h"
#include "drvlint/common.h"

#include <stdlib.h>
#include <string.h>

/* A comment found by the lexer: its text without the delimiters. */
struct comment {
	size_t start, end;         /* text[start, end) */
	unsigned line, column;     /* of the first byte of the text */
	unsigned end_line;         /* where the comment ends */
	int code_before;           /* code precedes it on its first line */
};

struct lex {
	const char *text;
	size_t len, i;
	unsigned line, column;
	unsigned char *has_code;   /* per line (1-based): code outside comments */
	size_t nlines_cap;
	int line_code;             /* code seen on the current line so far */
	struct comment *comments;
	size_t ncomments, cap;
};

static void mark_code(struct lex *lx)
{
	if (lx->line >= lx->nlines_cap) {
		size_t old = lx->nlines_cap;
		DL_GROW(lx->has_code, lx->nlines_cap, (size_t)lx->line + 1);
		memset(lx->has_code + old, 0, lx->nlines_cap - old);
	}
	lx->has_code[lx->line] = 1;
	lx->line_code = 1;
}

/* Moves past text[i], keeping line and column. CR, LF and CRLF end lines. */
static void advance(struct lex *lx)
{
	char c = lx->text[lx->i++];
	if (c == '\n' || (c == '\r' && !(lx->i < lx->len && lx->text[lx->i] == '\n'))) {
		lx->line++;
		lx->column = 1;
		lx->line_code = 0;
	} else {
		lx->column++;
	}
}

static int at(const struct lex *lx, size_t off, char c)
{
	return lx->i + off < lx->len && lx->text[lx->i + off] == c;
}

static int at_line_end(const struct lex *lx)
{
	return at(lx, 0, '\n') || at(lx, 0, '\r');
}

/* A string or character literal: backslash escapes, ends at its quote or the line end. */
static void skip_literal(struct lex *lx)
{
	char quote = lx->text[lx->i];
	mark_code(lx);
	advance(lx);
	while (lx->i < lx->len && !at(lx, 0, quote) && !at_line_end(lx)) {
		if (at(lx, 0, '\\') && lx->i + 1 < lx->len)
			advance(lx);
		advance(lx);
	}
	if (at(lx, 0, quote))
		advance(lx);
}

static void add_comment(struct lex *lx, struct comment *c)
{
	DL_GROW(lx->comments, lx->cap, lx->ncomments + 1);
	lx->comments[lx->ncomments++] = *c;
}

/* `//` up to the line end (a backslash-newline continues it, as in C). */
static void line_comment(struct lex *lx)
{
	struct comment c = {0};
	advance(lx);
	advance(lx);
	c.start = lx->i;
	c.line = lx->line;
	c.column = lx->column;
	c.code_before = lx->line_code;
	while (lx->i < lx->len && !at_line_end(lx)) {
		if (at(lx, 0, '\\') && (at(lx, 1, '\n') || at(lx, 1, '\r')))
			advance(lx);
		advance(lx);
	}
	c.end = lx->i;
	c.end_line = lx->line;
	add_comment(lx, &c);
}

static void block_comment(struct lex *lx)
{
	struct comment c = {0};
	int code = lx->line_code;
	advance(lx);
	advance(lx);
	c.start = lx->i;
	c.line = lx->line;
	c.column = lx->column;
	c.code_before = code;
	while (lx->i < lx->len && !(at(lx, 0, '*') && at(lx, 1, '/')))
		advance(lx);
	c.end = lx->i;
	c.end_line = lx->line;
	if (lx->i < lx->len) {
		advance(lx);
		advance(lx);
	}
	add_comment(lx, &c);
	/* Code before a comment on its first line stays "code before" on its last. */
	lx->line_code = lx->line == c.line ? code : 0;
}

static void lex(struct lex *lx)
{
	while (lx->i < lx->len) {
		char c = lx->text[lx->i];
		if (c == '/' && at(lx, 1, '/'))
			line_comment(lx);
		else if (c == '/' && at(lx, 1, '*'))
			block_comment(lx);
		else if (c == '"' || c == '\'')
			skip_literal(lx);
		else {
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
				mark_code(lx);
			advance(lx);
		}
	}
}

/* ---- the directive inside a comment ---- */

static const char *const kinds[] = {"ignore", "begin-ignore", "end-ignore"};

struct directive {
	dl_supp_kind kind;
	char **rules;
	size_t nrules;
	char *reason;
	char *problem;
	unsigned column;
};

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_id_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/* s[0, n) with white space runs folded into one blank and trimmed. */
static char *fold(const char *s, size_t n)
{
	dl_buf b = {0};
	size_t i;
	for (i = 0; i < n; i++) {
		if (!is_space(s[i]))
			dl_buf_putc(&b, s[i]);
		else if (b.len && !is_space(s[i - 1]))
			dl_buf_putc(&b, ' ');
	}
	while (b.len && b.ptr[b.len - 1] == ' ')
		b.ptr[--b.len] = '\0';
	return b.ptr ? dl_buf_detach(&b) : dl_xstrdup("");
}

/* The ids between [ and ]; p points after '['. Returns the position after ']'
 * or NULL with d->problem set. */
static const char *parse_ids(struct directive *d, const char *p, const char *end)
{
	const char *close = memchr(p, ']', (size_t)(end - p));
	if (!close) {
		d->problem = dl_xprintf("%s[ has no closing ']'", kinds[d->kind]);
		return NULL;
	}
	while (p < close) {
		const char *s;
		while (p < close && (is_space(*p) || *p == ','))
			p++;
		for (s = p; p < close && !is_space(*p) && *p != ','; p++)
			;
		if (p == s)
			continue;
		d->rules = dl_xrealloc(d->rules, (d->nrules + 1) * sizeof(*d->rules));
		d->rules[d->nrules++] = dl_xstrndup(s, (size_t)(p - s));
		for (; s < p && is_id_char(*s); s++)
			;
		if (s < p) {
			d->problem = dl_xprintf("'%s' is not a rule id", d->rules[d->nrules - 1]);
			return NULL;
		}
	}
	if (!d->nrules) {
		d->problem = dl_xprintf("%s[] names no rule", kinds[d->kind]);
		return NULL;
	}
	return close + 1;
}

/* The kind word after "drvlint:"; p is at its start. */
static const char *parse_kind(struct directive *d, const char *p, const char *end)
{
	const char *s = p;
	size_t n, k;
	while (p < end && (is_id_char(*p)))
		p++;
	n = (size_t)(p - s);
	for (k = 0; k < 3; k++)
		if (n == strlen(kinds[k]) && !strncmp(s, kinds[k], n)) {
			d->kind = (dl_supp_kind)k;
			return p;
		}
	d->problem = dl_xprintf("unknown directive '%.*s' (expected ignore, begin-ignore or end-ignore)",
				(int)(n < 40 ? n : 40), s);
	return NULL;
}

/* 1 when the comment text is a directive (d filled in), 0 otherwise. */
static int parse_directive(const char *text, const struct comment *c, struct directive *d)
{
	const char *p = text + c->start, *end = text + c->end;
	memset(d, 0, sizeof(*d));
	while (p < end && (*p == ' ' || *p == '\t' || *p == '*' || *p == '/' || *p == '!'))
		p++;
	if ((size_t)(end - p) < 8 || strncmp(p, "drvlint:", 8))
		return 0;
	d->column = c->column + (unsigned)(p - (text + c->start));
	for (p += 8; p < end && is_space(*p); p++)
		;
	if (!(p = parse_kind(d, p, end)))
		return 1;
	while (p < end && is_space(*p))
		p++;
	if (p >= end || *p != '[') {
		d->problem = dl_xprintf("%s names no rule (write %s[rule-id] reason)", kinds[d->kind], kinds[d->kind]);
		return 1;
	}
	if (!(p = parse_ids(d, p + 1, end)))
		return 1;
	d->reason = fold(p, (size_t)(end - p));
	if (d->kind != DL_SUPP_END && !*d->reason)
		d->problem = dl_xprintf("%s[%s] gives no reason (write the reason after the ']')",
					kinds[d->kind], d->rules[0]);
	return 1;
}

/* ---- building the list ---- */

static dl_suppression *push(dl_suppressions *out, const struct directive *d, const struct comment *c,
			    const char *rule)
{
	dl_suppression *s;
	DL_GROW(out->items, out->cap, out->count + 1);
	s = &out->items[out->count++];
	memset(s, 0, sizeof(*s));
	s->kind = d->kind;
	s->rule = rule ? dl_xstrdup(rule) : NULL;
	s->reason = dl_xstrdup(d->reason ? d->reason : "");
	s->line = c->line;
	s->column = d->column;
	s->problem = d->problem ? dl_xstrdup(d->problem) : NULL;
	return s;
}

/* The line an own-line `ignore` applies to: the first line from the comment's
 * last line on that has code (code after the comment on that line counts). */
static unsigned target_line(const struct lex *lx, const struct comment *c)
{
	unsigned l;
	for (l = c->end_line; l < lx->nlines_cap; l++)
		if (lx->has_code[l])
			return l;
	return c->end_line + 1;
}

/* The open BEGIN for `rule`: the latest one not yet closed. A malformed one
 * still pairs, so that its END is not reported a second time. */
static dl_suppression *open_begin(dl_suppressions *out, size_t from, const char *rule)
{
	size_t i = out->count;
	while (i-- > from) {
		dl_suppression *s = &out->items[i];
		if (s->kind == DL_SUPP_BEGIN && s->rule && !s->last && !strcmp(s->rule, rule))
			return s;
	}
	return NULL;
}

static void add_directive(struct lex *lx, dl_suppressions *out, size_t from, const struct directive *d,
			  const struct comment *c)
{
	size_t k;
	if (d->problem) {
		push(out, d, c, d->nrules ? d->rules[0] : NULL);
		return;
	}
	for (k = 0; k < d->nrules; k++) {
		dl_suppression *s = push(out, d, c, d->rules[k]), *b;
		switch (d->kind) {
		case DL_SUPP_IGNORE:
			s->first = c->line;
			s->last = c->code_before ? c->line : target_line(lx, c);
			break;
		case DL_SUPP_BEGIN:
			s->first = c->line;   /* `last` is set by the matching END */
			break;
		case DL_SUPP_END:
			if ((b = open_begin(out, from, d->rules[k])) != NULL)
				b->last = c->end_line;
			else
				s->problem = dl_xprintf("end-ignore[%s] has no begin-ignore[%s] before it",
							d->rules[k], d->rules[k]);
			break;
		}
	}
}

static void directive_free(struct directive *d)
{
	size_t k;
	for (k = 0; k < d->nrules; k++)
		free(d->rules[k]);
	free(d->rules);
	free(d->reason);
	free(d->problem);
}

void dl_suppressions_parse(const char *text, size_t len, dl_suppressions *out)
{
	struct lex lx;
	size_t i, from = out->count;
	memset(&lx, 0, sizeof(lx));
	lx.text = text;
	lx.len = len;
	lx.line = lx.column = 1;
	lex(&lx);
	for (i = 0; i < lx.ncomments; i++) {
		struct directive d;
		if (parse_directive(text, &lx.comments[i], &d))
			add_directive(&lx, out, from, &d, &lx.comments[i]);
		directive_free(&d);
	}
	for (i = from; i < out->count; i++) {
		dl_suppression *s = &out->items[i];
		if (s->kind == DL_SUPP_BEGIN && !s->problem && !s->last)
			s->problem = dl_xprintf("begin-ignore[%s] has no end-ignore[%s] after it", s->rule, s->rule);
		if (s->problem || s->kind == DL_SUPP_END)
			s->first = s->last = 0;
	}
	free(lx.has_code);
	free(lx.comments);
}

void dl_suppressions_clear(dl_suppressions *s)
{
	size_t i;
	for (i = 0; i < s->count; i++) {
		free(s->items[i].rule);
		free(s->items[i].reason);
		free(s->items[i].problem);
	}
	free(s->items);
	memset(s, 0, sizeof(*s));
}
