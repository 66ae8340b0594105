/* Analyzed despite a compile error: an identifier no header declares. */
int helper(int x)
{
	return x + undeclared_identifier;
}
