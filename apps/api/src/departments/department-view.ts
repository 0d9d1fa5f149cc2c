import type { DepartmentView } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { Department } from './department.entity';

/** The view of a department row. */
export function toDepartmentView(department: Department): DepartmentView {
  return {
    id: department.id,
    code: department.code,
    name: department.name,
    phone: department.phone,
    email: department.email,
    room: department.room,
    address: department.address,
    openingHours: department.openingHours,
    appointmentUrl: department.appointmentUrl,
    reviewIntervalDays: department.reviewIntervalDays,
  };
}

/** Reads one department as a view. */
export async function readDepartment(manager: EntityManager, id: string): Promise<DepartmentView | null> {
  const department = await manager.findOneBy(Department, { id });
  return department && toDepartmentView(department);
}
