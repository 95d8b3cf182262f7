import { Field, ID, InputType } from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import { LocalDate, LocalDateScalar } from '../../graphql/local-date';

@InputType({
  description:
    "A warehouse customer's order to record (ORDER_CLERK), with the delivery note (送货单) it will be checked against.",
})
export class RecordWarehouseOrderInput {
  @Field(() => ID, { description: 'The warehouse customer.' })
  customerId: string;

  @Field({ description: "The customer's order number (1 to 60 characters); unique per customer." })
  orderNo: string;

  @Field({ description: 'The delivery note number (1 to 60 characters).' })
  deliveryNoteNo: string;

  @Field({ description: 'Who receives the goods (1 to 200 characters).' })
  consignee: string;

  @Field(() => LocalDateScalar, { description: `The order's date. ${WINDOW_TEXT.any}` })
  orderDate: LocalDate;

  @Field({ description: 'The goods ordered, items and quantities (1 to 2000 characters).' })
  items: string;

  @Field(() => String, {
    nullable: true,
    description: 'Notes, e.g. how the consignee wants the documents organized (at most 2000 characters).',
  })
  notes?: string | null;
}
