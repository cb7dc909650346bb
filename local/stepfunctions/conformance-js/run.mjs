// Runs the conformance suite on the reference interpreter aws-local-stepfunctions and prints
// one JSON object {"<feature>/<case>": result} on stdout, result being
// {"status", "output" | "error" + "cause", "invocations": {function: count}}.
// Usage: node run.mjs SUITE_DIR
//
// Task behaviour comes from <case>.tasks.json: {"functionName": [behaviour per attempt...]},
// the last behaviour repeating. Behaviours: {"return": json}, {"echo": true},
// {"throw": {"error", "cause"}}, {"hang": true} (never answers: the Task's TimeoutSeconds fires),
// {"callback": {"success": json} | {"failure": {"error", "cause"}} | "none"} for
// .waitForTaskToken tasks. Waits and retry pauses are overridden to 0 ms.

// aws-local-stepfunctions 3.x calls Promise.withResolvers (Node 22); provide it on Node 20.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const { readFileSync, readdirSync, existsSync, statSync } = await import('node:fs');
const { join, relative, basename, dirname } = await import('node:path');
const { StateMachine } = await import('aws-local-stepfunctions');

const ARN_PREFIX = 'arn:aws:states:us-east-1:000000000000:';
const EXECUTION_NAME = 'conformance';
const TASK_TOKEN = 'conformance-task-token';

function findCases(dir) {
  const found = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      found.push(...findCases(path));
    } else if (entry.endsWith('.asl.json')) {
      found.push(path);
    }
  }
  return found;
}

function readJson(path, fallback) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : fallback;
}

function shortFunctionName(nameOrArn) {
  const marker = nameOrArn.indexOf('function:');
  if (marker < 0) return nameOrArn;
  return nameOrArn.substring(marker + 'function:'.length).split(':')[0];
}

function taskError(error, cause) {
  const e = new Error(cause);
  e.name = error;
  return e;
}

function behave(behaviour, payload) {
  if ('return' in behaviour) return behaviour.return;
  if ('echo' in behaviour) return payload;
  if ('throw' in behaviour) throw taskError(behaviour.throw.error, behaviour.throw.cause);
  if ('hang' in behaviour) return new Promise(() => {});
  throw new Error(`unknown behaviour ${JSON.stringify(behaviour)}`);
}

function callback(behaviour) {
  const cb = behaviour.callback;
  if (cb === 'none') return new Promise(() => {});
  if ('success' in cb) return cb.success;
  throw taskError(cb.failure.error, cb.failure.cause);
}

async function runCase(aslPath, suiteDir) {
  const base = aslPath.slice(0, -'.asl.json'.length);
  const key = relative(suiteDir, base).split('\\').join('/');
  const definition = readJson(aslPath);
  const input = readJson(`${base}.input.json`, {});
  const tasks = readJson(`${base}.tasks.json`, {});
  const machineName = key.replace('/', '-');
  const invocations = {};

  const attempt = (fn) => {
    invocations[fn] = (invocations[fn] ?? 0) + 1;
    const script = tasks[fn];
    if (!script) throw taskError('Lambda.ResourceNotFoundException', `Function not found: ${fn}`);
    return script[Math.min(invocations[fn], script.length) - 1];
  };

  const taskResourceLocalHandlers = {};
  const waitTimeOverrides = {};
  const retryIntervalOverrides = {};
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === 'Wait') waitTimeOverrides[name] = 0;
    if (state.Retry) retryIntervalOverrides[name] = 0;
    if (state.Type !== 'Task') continue;
    const resource = state.Resource;
    if (resource === 'arn:aws:states:::lambda:invoke') {
      taskResourceLocalHandlers[name] = async (params) => {
        const output = await behave(attempt(shortFunctionName(params.FunctionName)), params.Payload);
        return { ExecutedVersion: '$LATEST', Payload: output, StatusCode: 200 };
      };
    } else if (resource === 'arn:aws:states:::lambda:invoke.waitForTaskToken') {
      taskResourceLocalHandlers[name] = async (params) =>
        callback(attempt(shortFunctionName(params.FunctionName)));
    } else if (resource === 'arn:aws:states:::states:startExecution') {
      taskResourceLocalHandlers[name] = async (params) => ({
        ExecutionArn: `${ARN_PREFIX}execution:${params.StateMachineArn.split(':').pop()}:${params.Name}`,
        StartDate: 0,
      });
    } else {
      taskResourceLocalHandlers[name] = async (payload) => behave(attempt(shortFunctionName(resource)), payload);
    }
  }

  const machine = new StateMachine(definition, { validationOptions: { checkArn: false } });
  const execution = machine.run(input, {
    overrides: { taskResourceLocalHandlers, waitTimeOverrides, retryIntervalOverrides },
    context: {
      Execution: { Id: `${ARN_PREFIX}execution:${machineName}:${EXECUTION_NAME}`, Name: EXECUTION_NAME },
      StateMachine: { Id: `${ARN_PREFIX}stateMachine:${machineName}`, Name: machineName },
      Task: { Token: TASK_TOKEN },
    },
  });
  try {
    const output = await execution.result;
    return [key, { status: 'SUCCEEDED', output, invocations }];
  } catch (error) {
    if (error.name === 'ExecutionTimeoutError') {
      return [key, { status: 'TIMED_OUT', error: 'States.Timeout', invocations }];
    }
    const cause = error.cause ?? error;
    return [key, { status: 'FAILED', error: cause.name, cause: cause.message, invocations }];
  }
}

const suiteDir = process.argv[2];
if (!suiteDir) {
  console.error('usage: node run.mjs SUITE_DIR');
  process.exit(2);
}
const results = await Promise.all(findCases(suiteDir).map((path) => runCase(path, suiteDir)));
process.stdout.write(JSON.stringify(Object.fromEntries(results), null, 2) + '\n');
process.exit(0);
