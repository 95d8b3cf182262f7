/**
 * The sockets of one server: what its drain closes. Apollo's drain (ApolloServer.stop, which
 * main.ts calls on SIGTERM) calls drain(): every socket is told the server is going away (1001),
 * and the notification bus lets go of Redis.
 */
export class SubscriptionSockets {
  private readonly disposers: Array<() => Promise<void>> = [];

  onDrain(dispose: () => Promise<void>): void {
    this.disposers.push(dispose);
  }

  async drain(): Promise<void> {
    const all = this.disposers.splice(0);
    for (const dispose of all) await dispose();
  }
}
