// The action's entry, bundled by the benchmark with bench/tsconfig.json.
import '../src/index.js'
