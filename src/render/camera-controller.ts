// The camera in one place: takes camera requests (frame these actors, or go to this camera),
// defers a framing while the layout still moves the actors (it would aim at a moving target) and
// runs it when the layout stops, reports the camera once it has rested (for the URL), and says
// whether it is idle (no request waiting or animating, the last move reported) so that tests and
// callers can wait for a state instead of a time. It drives a CameraTarget (the sigma host in the
// app, a fake in tests) and owns no renderer. kill() is idempotent.
//
// It also follows the view: follow(ids) frames what became visible after a filter, time or focus
// change, unless an explicit request (a selection, a focus, a path, the camera of a shared URL)
// comes with the same change: the follow waits one timer turn, a request in the meantime replaces
// it, and a follow in the turn of a request is dropped.
//
// Use: const camera = createCameraController(host, { onSettled: (c) => (app.camera = c) });
//      camera.request({ kind: 'focus', ids, zoom: true }); camera.setLayoutRunning(false);
//      host's camera 'updated' → camera.moved(); await camera.whenIdle();

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle?: number;
}

/** What the controller moves: the sigma host offers exactly this. */
export interface CameraTarget {
  /** Animates to frame the actors (the first one kept in view); zoom: fit them closely. */
  focus(ids: string[], options: { zoom: boolean }): Promise<void>;
  setCamera(camera: CameraView, animate?: boolean): Promise<void>;
  getCamera(): Required<CameraView>;
}

/** A request for the camera; `token` makes two equal requests distinct (each one is carried out). */
export type CameraRequest =
  | { kind: 'focus'; ids: string[]; zoom: boolean; token: number }
  | { kind: 'set'; camera: CameraView; token: number };

export interface CameraTimers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface CameraControllerOptions {
  /** The camera after it has rested `settleMs` (user pan/zoom or the end of an animation). */
  onSettled?: (camera: Required<CameraView>) => void;
  settleMs?: number;
  /** Timers (tests pass fake ones). */
  timers?: CameraTimers;
}

export interface CameraController {
  /** Carries out a request now, or (a framing while the layout runs) when the layout stops. */
  request(request: CameraRequest): void;
  /**
   * Frames these actors (what the view now shows) after one timer turn, unless a request comes
   * first; a later follow replaces an earlier one.
   */
  follow(ids: string[]): void;
  /** The layout started or stopped; stopping runs a deferred framing (one timer turn later). */
  setLayoutRunning(running: boolean): void;
  /** The target's camera moved (call it from the renderer's camera event). */
  moved(): void;
  /** No request waiting or animating and the last move reported. */
  readonly idle: boolean;
  /** Resolves when the controller is idle (at once if it is). */
  whenIdle(): Promise<void>;
  kill(): void;
}

const DEFAULT_TIMERS: CameraTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createCameraController(
  target: CameraTarget,
  options: CameraControllerOptions = {},
): CameraController {
  const timers = options.timers ?? DEFAULT_TIMERS;
  const settleMs = options.settleMs ?? 250;
  let layoutRunning = false;
  let deferred: CameraRequest | null = null;
  let animating = 0;
  let settleTimer: unknown = null;
  let killed = false;
  let waiters: (() => void)[] = [];
  let followTimer: unknown = null;
  let stopTimer: unknown = null;
  /** A request was made in this timer turn (cleared by a timer of 0 ms). */
  let requestTurn: unknown = null;

  const cancelFollow = () => {
    if (followTimer !== null) timers.clear(followTimer);
    followTimer = null;
  };
  const isIdle = () =>
    !killed && deferred === null && animating === 0 && settleTimer === null && followTimer === null;
  const notify = () => {
    if (killed || !isIdle()) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  function run(request: CameraRequest): void {
    animating++;
    const done =
      request.kind === 'set'
        ? target.setCamera(request.camera)
        : target.focus(request.ids, { zoom: request.zoom });
    void done
      .catch(() => undefined)
      .then(() => {
        animating--;
        // report where the animation ended even when the target did not announce a move
        controller.moved();
      });
  }

  const controller: CameraController = {
    request(request) {
      if (killed) return;
      cancelFollow();
      if (requestTurn === null) requestTurn = timers.set(() => (requestTurn = null), 0);
      if (request.kind === 'focus' && layoutRunning) deferred = request;
      else {
        deferred = null;
        run(request);
      }
    },
    follow(ids) {
      if (killed) return;
      cancelFollow();
      if (ids.length === 0 || requestTurn !== null) return notify();
      followTimer = timers.set(() => {
        followTimer = null;
        if (killed) return;
        const request: CameraRequest = { kind: 'focus', ids, zoom: true, token: -1 };
        if (layoutRunning) deferred = request;
        else {
          // newer than a framing still waiting for the stop's turn: that one is dropped
          deferred = null;
          run(request);
        }
        notify();
      }, 0);
    },
    setLayoutRunning(running) {
      if (killed) return;
      layoutRunning = running;
      // The framing that waited runs one timer turn later, in a task of its own: the stop's task
      // already copies the final positions and draws them (at 50,000 actors, each about 0.1 s).
      if (!running && deferred && stopTimer === null)
        stopTimer = timers.set(() => {
          stopTimer = null;
          if (killed || layoutRunning || !deferred) return notify();
          const request = deferred;
          deferred = null;
          run(request);
          notify();
        }, 0);
      notify();
    },
    moved() {
      if (killed) return;
      if (settleTimer !== null) timers.clear(settleTimer);
      settleTimer = timers.set(() => {
        settleTimer = null;
        if (killed) return;
        options.onSettled?.(target.getCamera());
        notify();
      }, settleMs);
    },
    get idle() {
      return isIdle();
    },
    whenIdle() {
      if (isIdle()) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    kill() {
      if (killed) return;
      killed = true;
      if (settleTimer !== null) timers.clear(settleTimer);
      settleTimer = null;
      cancelFollow();
      if (stopTimer !== null) timers.clear(stopTimer);
      stopTimer = null;
      if (requestTurn !== null) timers.clear(requestTurn);
      requestTurn = null;
      deferred = null;
      waiters = [];
    },
  };
  return controller;
}

/** Do two sets hold the same members? (A view change that shows the same actors needs no framing.) */
export function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
