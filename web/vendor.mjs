// Copy the browser assets the dashboard and /docs need into the Python package, so that
// khabar serves them itself and works with no network. Run `npm ci && npm run vendor`.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "src", "khabar", "service", "static", "vendor");
const files = {
  "d3/dist/d3.min.js": "d3.min.js",
  "d3/LICENSE": "d3.LICENSE.txt",
  "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
  "topojson-client/LICENSE": "topojson-client.LICENSE.txt",
  "world-atlas/countries-110m.json": "countries-110m.json",
  "world-atlas/LICENSE": "world-atlas.LICENSE.txt",
  "swagger-ui-dist/swagger-ui-bundle.js": "swagger-ui-bundle.js",
  "swagger-ui-dist/swagger-ui.css": "swagger-ui.css",
  "swagger-ui-dist/favicon-32x32.png": "swagger-favicon.png",
  "swagger-ui-dist/LICENSE": "swagger-ui.LICENSE.txt",
};

mkdirSync(target, { recursive: true });
const versions = {};
for (const [source, name] of Object.entries(files)) {
  copyFileSync(join(here, "node_modules", source), join(target, name));
  const pkg = source.split("/")[0];
  versions[pkg] = JSON.parse(readFileSync(join(here, "node_modules", pkg, "package.json"))).version;
}
writeFileSync(join(target, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`vendored ${Object.keys(files).length} files into ${target}`);
