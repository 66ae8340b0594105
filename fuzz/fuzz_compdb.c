/* libFuzzer target: compile_commands.json text through the database reader,
 * and every command string through the shell-word splitter. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "drvlint/common.h"
#include "drvlint/compdb.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = dl_xstrndup((const char *)data, size), *err = NULL, **argv = NULL;
	dl_compdb *db = NULL;
	size_t argc = 0, i;
	if (dl_compdb_parse("/nonexistent/compile_commands.json", text, &db, &err) == DL_OK) {
		for (i = 0; i < db->count; i++)
			dl_compdb_lookup(db, db->entries[i].file);
	}
	dl_compdb_free(db);
	free(err);
	err = NULL;
	if (dl_split_command(text, &argv, &argc, &err) == DL_OK) {
		char **out = NULL;
		size_t nout = 0;
		dl_compdb_reduce(argv, argc, "/nonexistent", &out, &nout);
		for (i = 0; i < nout; i++)
			free(out[i]);
		free(out);
	}
	for (i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
	free(err);
	free(text);
	return 0;
}
