/* UTF-8 decoding and GitHub's primaryLocationLineHash (FINGERPRINT.md in the
 * SARIF material): a rolling hash over the UTF-16 code units of the file. */
#include "output_priv.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Length of the sequence lead byte b starts (0: b cannot start one), its
 * payload bits and the least code point that length may encode. */
static size_t utf8_lead(unsigned char b, uint32_t *bits, uint32_t *min)
{
	if (b < 0x80) {
		*bits = b, *min = 0;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF) {
		*bits = b & 0x1F, *min = 0x80;
		return 2;
	}
	if ((b & 0xF0) == 0xE0) {
		*bits = b & 0x0F, *min = 0x800;
		return 3;
	}
	if (b >= 0xF0 && b <= 0xF4) {
		*bits = b & 0x07, *min = 0x10000;
		return 4;
	}
	return 0;
}

uint32_t dl_utf8_next(const char *str, size_t len, size_t *i)
{
	const unsigned char *s = (const unsigned char *)str + *i;
	uint32_t c, min;
	size_t n = utf8_lead(s[0], &c, &min), k;
	int ok = n > 0 && n <= len - *i;
	for (k = 1; ok && k < n; k++) {
		ok = (s[k] & 0xC0) == 0x80;
		c = c << 6 | (s[k] & 0x3F);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are not UTF-8. */
	if (!ok || c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		(*i)++;
		return 0xFFFD;
	}
	*i += n;
	return c;
}

char *dl_utf8_clean(const char *s)
{
	dl_buf b = {0};
	size_t len = strlen(s), i = 0;
	while (i < len) {
		size_t start = i;
		if (dl_utf8_next(s, len, &i) == 0xFFFD)
			dl_buf_puts(&b, "\xEF\xBF\xBD");
		else
			dl_buf_putn(&b, s + start, i - start);
	}
	return dl_buf_detach(&b);
}

#define WINDOW 100
#define END_OF_FILE 65535

struct hasher {
	uint64_t hash, first_mod;     /* first_mod = 37^WINDOW: the weight of the char leaving */
	uint32_t window[WINDOW];
	size_t line_at[WINDOW];       /* line whose first kept char is in this slot, 0: none */
	size_t index, line;
	int line_start, prev_cr;
	dl_index *counts;             /* hash -> lines seen with it */
	char **out;
	size_t nout, cap;
};

/* The slot at index is about to be overwritten: the hash now covers the
 * WINDOW chars starting at it, which is its line's hash. */
static void emit(struct hasher *h)
{
	char hex[17];
	size_t n = 0;
	snprintf(hex, sizeof(hex), "%" PRIx64, h->hash);
	dl_index_get(h->counts, hex, &n);
	dl_index_put(h->counts, hex, ++n);
	DL_GROW(h->out, h->cap, h->nout + 1);
	h->out[h->nout++] = dl_xprintf("%s:%zu", hex, n);
	h->line_at[h->index] = 0;
}

static void roll(struct hasher *h, uint32_t c)
{
	uint32_t leaving = h->window[h->index];
	h->window[h->index] = c;
	h->hash = 37 * h->hash + c - h->first_mod * leaving;
	h->index = (h->index + 1) % WINDOW;
}

static void feed(struct hasher *h, uint32_t c)
{
	/* As GitHub does it: a space or tab between CR and LF makes the LF count. */
	if (c == ' ' || c == '\t' || (h->prev_cr && c == '\n')) {
		h->prev_cr = 0;
		return;
	}
	h->prev_cr = c == '\r';
	if (c == '\r')
		c = '\n';
	if (h->line_at[h->index])
		emit(h);
	if (h->line_start) {
		h->line_start = 0;
		h->line_at[h->index] = ++h->line;
	}
	if (c == '\n')
		h->line_start = 1;
	roll(h, c);
}

char **dl_line_hashes(const char *text, size_t len, size_t *nlines)
{
	struct hasher *h = dl_xcalloc(1, sizeof(*h));
	char **out;
	size_t i = 0;
	h->first_mod = 1;
	for (i = 0; i < WINDOW; i++)
		h->first_mod *= 37;
	h->line_start = 1;
	h->counts = dl_index_new();
	for (i = 0; i < len;) {
		uint32_t c = dl_utf8_next(text, len, &i);
		if (c > 0xFFFF) {
			feed(h, 0xD800 + ((c - 0x10000) >> 10));
			feed(h, 0xDC00 + ((c - 0x10000) & 0x3FF));
		} else {
			feed(h, c);
		}
	}
	feed(h, END_OF_FILE);
	for (i = 0; i < WINDOW; i++) {
		if (h->line_at[h->index])
			emit(h);
		roll(h, 0);
	}
	out = h->out;
	*nlines = h->nout;
	dl_index_free(h->counts);
	free(h);
	return out;
}

void dl_line_hashes_free(char **h, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(h[i]);
	free(h);
}
