import { startPortal } from './server';

const USAGE = '用法：npm run portal -- [--port 端口号(0-65535)]';

/**
 * `npm run portal [-- --port N]`: starts the practice portal on 127.0.0.1, prints its URL and
 * serves until Ctrl-C (SIGINT) or SIGTERM. `--help` / `-h` prints the usage and exits 0 (newcomer 68
 * saw `--help` start the portal).
 * Exits with code 2 when `--port` is not an integer 0–65535 or an argument is unknown, with code 1
 * when the port is taken.
 */
function portArgument(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(`${USAGE}\n启动练习版职称申报系统（只在本机 127.0.0.1），不写 --port 时由系统选一个空闲端口。`);
    process.exit(0);
  }
  const index = argv.indexOf('--port');
  const unknown = argv.filter((_, i) => index < 0 || (i !== index && i !== index + 1));
  if (unknown.length) {
    console.error(`不认识的参数：${unknown.join(' ')}\n${USAGE}`);
    process.exit(2);
  }
  if (index < 0) return 0;
  const port = Number(argv[index + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(USAGE);
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
