#include <cstdio>
int main() { std::puts("statecraft"); return 0; }
