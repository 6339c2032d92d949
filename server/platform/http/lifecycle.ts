/** Process-wide state the load balancer needs to see: once draining, readiness answers 503 so no new traffic arrives. */
export interface Lifecycle {
  draining: boolean;
}

export function createLifecycle(): Lifecycle {
  return { draining: false };
}
