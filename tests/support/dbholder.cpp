// dbholder PATH: holds an SQLite database open the way aistack's server does (one connection,
// idle between requests), for the tests of "who else uses this file". It prints "ready" once
// the file (and, in WAL mode, its -wal and -shm) is open, then waits until its standard input
// closes or a line arrives, and exits.

#include <sqlite3.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: dbholder PATH\n");
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "dbholder: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    // A read opens the file for real, and in WAL mode the -wal and -shm files with their lock.
    if (sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        std::fprintf(stderr, "dbholder: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    // Holds the file until the parent writes a line or closes stdin (end of file or an error
    // both mean: let go).
    char line[64];
    if (std::fgets(line, sizeof line, stdin) == nullptr)
        std::clearerr(stdin);
    sqlite3_close(db);
    return 0;
}
