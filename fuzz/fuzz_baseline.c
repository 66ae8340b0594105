/* libFuzzer target: a baseline SARIF log through the baseline reader, and the
 * matching of a few findings against what it accepted. */
#include <stdint.h>
#include <stdlib.h>

#include "drvlint/baseline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const dl_baseline_key keys[] = {
		{"unprobed-user-pointer", "drv.c", "0123456789abcdef:1", "'p' is written without a probe", "*p = 1;", 7},
		{"probe-outside-try", "src/a b.c", NULL, "ProbeForRead outside __try", NULL, 3},
		{"pageable-at-raised-irql", "/abs/x.c", "ffffffffffffffff:2", "", "", 0},
	};
	dl_baseline *b = NULL;
	char *err = NULL;
	if (dl_baseline_parse((const char *)data, size, &b, &err) == DL_OK) {
		dl_baseline_state states[3];
		unsigned char *used = calloc(b->count + 1, 1);
		dl_baseline_match(b, keys, 3, states, used);
		free(used);
	}
	dl_baseline_free(b);
	free(err);
	return 0;
}
