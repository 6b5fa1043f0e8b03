// Package rawfile reads and writes whole files for a build, which reads
// every page of a site and writes tens of thousands of files. On Unix it
// calls the system directly: an *os.File is made ready for the runtime's
// poller on every open (four fcntl calls and an epoll_ctl that fails for a
// regular file), which at 10,000 skill points came to 150,000 calls that a
// read or write of a whole file does not need (docs/benchmarks.md,
// "Build at 10,000 points, eleventh round"). Errors are *fs.PathError, as
// the os package's.
package rawfile
