// The CLI's entry, bundled by the benchmark with bench/tsconfig.json.
import '../src/cli/index.js'
