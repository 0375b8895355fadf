// Preloaded (NODE_OPTIONS=--require) into every node the workflow test starts: appends the real path of the script
// node runs to $PLAN_WORKFLOW_MAIN_LOG, so the test can tell which `plan` an `npx plan` ran.
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');

if (isMainThread && process.env.PLAN_WORKFLOW_MAIN_LOG && process.argv[1]) {
  let main = process.argv[1];
  try {
    main = fs.realpathSync(main);
  } catch {
    // kept as given: the test then finds no match and says which script ran
  }
  fs.appendFileSync(process.env.PLAN_WORKFLOW_MAIN_LOG, `${main}\n`);
}
