/* drvlint: static analysis of Windows kernel-driver C source (design.md). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drvlint/cli.h"

#if DL_ASAN
/* Sanitizer builds: a parser thread that loads a precompiled header gets
 * LLVM's own alternate signal stack, which AddressSanitizer then tries to
 * unmap as its own when the thread exits, and aborts. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "use_sigaltstack=0";
}
#endif

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
