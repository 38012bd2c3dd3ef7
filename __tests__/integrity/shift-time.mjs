// Preloaded into the bundled action to run it "on a later day": Date reads the wall clock moved by
// IMAGE_GATE_TEST_SHIFT_MS. Timers are untouched, so the run itself takes its usual wall time.
const shift = Number(process.env.IMAGE_GATE_TEST_SHIFT_MS ?? 0)
const RealDate = Date

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + shift)
    else super(...args)
  }

  static now() {
    return RealDate.now() + shift
  }
}

globalThis.Date = ShiftedDate
