export { initCourse, InitRefusedError, STARTER_COURSE_DIR, type InitResult } from './init-course.js';
