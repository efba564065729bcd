// lakeform-bench: in-process timings for benchmarks/run.sh (see benchmarks/README.md).
LakeformBench.main()
