/* drvlint: static analysis of Windows kernel-driver C source (design.md). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drvlint/cli.h"

int main(int argc, char **argv)
{
	dl_options o;
	char *err = NULL;
	int status;
	/* Before any libclang call: parse on drvlint's own large-stack threads
	 * rather than on libclang's 8 MB one. */
	setenv("LIBCLANG_NOTHREADS", "1", 1);
	if (argc > 1 && !strcmp(argv[1], DL_ISOLATE_CHILD_ARG))
		return dl_isolate_child_main(argc, argv);
	/* --isolate waits for its children: an inherited SIG_IGN would reap them unseen. */
	signal(SIGCHLD, SIG_DFL);
	if (dl_cli_parse(&o, argc, argv, &err) < 0) {
		fprintf(stderr, "drvlint: %s\ntry 'drvlint --help'\n", err);
		free(err);
		dl_options_free(&o);
		return 2;
	}
	status = dl_run(&o, argc, argv);
	dl_options_free(&o);
	return status;
}
