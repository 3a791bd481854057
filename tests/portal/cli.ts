import { startPortal } from './server';

/**
 * `npm run portal [-- --port N]`: starts the practice portal on 127.0.0.1, prints its URL and
 * serves until Ctrl-C (SIGINT) or SIGTERM.
 * Exits with code 2 when `--port` is not an integer 0–65535, with code 1 when the port is taken.
 */
function portArgument(argv: readonly string[]): number {
  const index = argv.indexOf('--port');
  if (index < 0) return 0;
  const port = Number(argv[index + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('用法：npm run portal -- [--port 端口号(0-65535)]');
    process.exit(2);
  }
  return port;
}

const port = portArgument(process.argv.slice(2));
const portal = await startPortal({ port }).catch((error: NodeJS.ErrnoException) => {
  // A port already taken is the user's to change, not a stack trace.
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`端口 ${port} 已被占用：请换一个端口（npm run portal -- --port 其他端口号），或不写 --port 让系统选一个。`);
  process.exit(1);
});
console.log(`练习版职称申报系统已启动：${portal.url}/vsgzhr/Login_ZJ2.aspx`);
console.log('任意用户名、密码和验证码均可登录。按 Ctrl-C 停止。');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    portal.close().finally(() => process.exit(0));
  });
}
