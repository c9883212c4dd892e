package dev.tfal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tfal.graph.LstmKernel;
import dev.tfal.graph.ModelSpec;
import org.junit.jupiter.api.Test;

/** The MatMul work of one training step of the reference model, counted by hand. */
class StepFlopsTest {
  private static final ModelSpec REFERENCE = ModelSpec.reference();

  @Test
  void unrolledStepOfTheReferenceModelIsAbout9Point4Gflop() {
    // forward: input projection 2*256*150*128*128*2 = 2.517e9, recurrence 2*256*149*32*128*2 =
    // 0.625e9, dense 2*256*(64*20+20) = 0.67e6; gradients add twice the forward products.
    double forward =
        2.0 * 256 * 150 * 128 * 128 * 2 + 2.0 * 256 * 149 * 32 * 128 * 2 + 2.0 * 256 * 1300;
    assertEquals(3 * forward, StepFlops.nominal(REFERENCE, 256), 1);
    assertEquals(9.43e9, StepFlops.nominal(REFERENCE, 256), 0.01e9);
    assertEquals(
        StepFlops.nominal(REFERENCE, 256), StepFlops.actual(REFERENCE, 256, LstmKernel.UNROLLED));
  }

  @Test
  void projectedTableReplacesThePerPositionProjection() {
    double table = 2.0 * 3000 * 128 * 128 * 2;
    double saved = 2.0 * 256 * 150 * 128 * 128 * 2 - table;
    assertEquals(
        StepFlops.nominal(REFERENCE, 256) - 3 * saved,
        StepFlops.actual(REFERENCE, 256, LstmKernel.PROJECTED),
        1);
    assertEquals(
        StepFlops.actual(REFERENCE, 256, LstmKernel.PROJECTED),
        StepFlops.actual(REFERENCE, 256, LstmKernel.PROJECTED_BATCHED));
  }

  @Test
  void stepTimesReportNearestRankPercentiles() {
    StepTimes times = new StepTimes(new double[] {5, 1, 4, 2, 3});
    assertEquals(3, times.median());
    assertEquals(1, times.min());
    assertEquals(5, times.percentile(99));
    assertEquals(15, times.total());
  }
}
